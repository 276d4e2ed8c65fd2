package org.flurm.node.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A throw-away local user for jobs, made with useradd and removed with userdel. */
public final class TestUser implements AutoCloseable {

    private final String name;
    private final int uid;
    private final int gid;

    private TestUser(String name, int uid, int gid) {
        this.name = name;
        this.uid = uid;
        this.gid = gid;
    }

    /** Creates the user (removing a leftover of the same name first). */
    public static TestUser create(String name) throws IOException, InterruptedException {
        Commands.run(List.of("userdel", name), null);
        final Commands.Result added = Commands.run(List.of("useradd", "-M", "-s", "/bin/sh",
                name), null);
        if (added.exitCode() != 0) {
            throw new IOException("useradd " + name + ": " + added.output());
        }
        for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
            final String[] fields = line.split(":");
            if (fields[0].equals(name)) {
                return new TestUser(name, Integer.parseInt(fields[2]),
                        Integer.parseInt(fields[3]));
            }
        }
        throw new IOException(name + " missing from /etc/passwd after useradd");
    }

    public String name() {
        return name;
    }

    public int uid() {
        return uid;
    }

    public int gid() {
        return gid;
    }

    @Override
    public void close() throws IOException {
        try {
            Commands.run(List.of("userdel", "--force", name), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
