package org.flurm.acceptance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The unprivileged user that permission scenarios run commands as: created with useradd for a
 * run and removed with userdel after it, unless it existed before (then it is left alone).
 */
final class SecondUser {

    static final String NAME = "flurmacc";

    private final int uid;
    private final int gid;
    private final boolean createdHere;

    private SecondUser(int uid, int gid, boolean createdHere) {
        this.uid = uid;
        this.gid = gid;
        this.createdHere = createdHere;
    }

    // LIMIT: two runs at once share the user; the one that created it removes it when it ends,
    // and the other's remaining second-user commands then fail
    static SecondUser create() throws IOException, InterruptedException {
        boolean created = false;
        if (id("-u").exitCode() != 0) {
            final Shell.Result add = Shell.run(List.of("useradd", "--no-create-home",
                    "--user-group", "--shell", "/bin/bash", NAME), env(), Path.of("/"), 30);
            if (add.exitCode() != 0) {
                throw new IOException("useradd " + NAME + " failed: " + add.stderr());
            }
            created = true;
        }
        return new SecondUser(Integer.parseInt(id("-u").stdout().strip()),
                Integer.parseInt(id("-g").stdout().strip()), created);
    }

    int uid() {
        return uid;
    }

    int gid() {
        return gid;
    }

    private static Shell.Result id(String flag) throws IOException, InterruptedException {
        return Shell.run(List.of("id", flag, NAME), env(), Path.of("/"), 30);
    }

    private static Map<String, String> env() {
        return Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
    }

    void remove() throws IOException, InterruptedException {
        if (createdHere) {
            Shell.run(List.of("userdel", NAME), env(), Path.of("/"), 30);
        }
    }
}
