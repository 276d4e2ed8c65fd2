package org.flurm.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the {@code .scn} line format. One step per line; blank lines and lines starting with
 * {@code #} are ignored; a line ending in a backslash continues on the next one.
 *
 * <pre>
 * ci                          part of the fast subset CI runs against the real SLURM
 * user                        needs the second user ($USER2), created before and removed after
 * setup CMD                   as root, not compared, must exit 0
 * run CMD                     as root, compared
 * run-user CMD                as $USER2, compared
 * parallel N CMD              N copies at once as root, compared as a sorted list
 * parallel-user N CMD         the same as $USER2
 * wait J1 RUNNING [SECONDS]   until scontrol shows the job in that state (default 30 s)
 * wait-reason J1 REASON [SECONDS]   until scontrol shows the job pending for that reason
 * wait-empty [SECONDS]        until squeue shows no job (default 30 s)
 * cleanup CMD                 as root, at the end, even after a failure, not compared
 * </pre>
 */
public final class ScenarioParser {

    private static final int DEFAULT_WAIT_SECONDS = 30;
    private static final Pattern KEYWORD = Pattern.compile("(\\S+)\\s*(.*)");
    private static final Pattern COPIES = Pattern.compile("(\\d+)\\s+(.+)");
    private static final Pattern WAIT = Pattern.compile("(J\\d+)\\s+(\\w+)(?:\\s+(\\d+))?");

    private ScenarioParser() {
    }

    /** Every {@code .scn} file of a directory, by name. */
    public static List<Scenario> readDirectory(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            final List<Path> sorted = files
                    .filter(p -> p.getFileName().toString().endsWith(".scn"))
                    .sorted()
                    .toList();
            final List<Scenario> scenarios = new ArrayList<>();
            for (Path file : sorted) {
                scenarios.add(read(file));
            }
            return scenarios;
        }
    }

    public static Scenario read(Path file) throws IOException {
        final String fileName = file.getFileName().toString();
        final String name = fileName.substring(0, fileName.length() - ".scn".length());
        return parse(name, Files.readString(file));
    }

    public static Scenario parse(String name, String text) {
        boolean ci = false;
        boolean user = false;
        final List<Step> steps = new ArrayList<>();
        final String joined = text.replace("\\\n", " ");
        int lineNumber = 0;
        for (String raw : joined.split("\n", -1)) {
            lineNumber++;
            final String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            final Matcher m = KEYWORD.matcher(line);
            if (!m.matches()) {
                throw bad(name, lineNumber, line);
            }
            final String rest = m.group(2);
            switch (m.group(1)) {
                case "ci" -> ci = true;
                case "user" -> user = true;
                case "setup" -> steps.add(new Step.Setup(required(name, lineNumber, rest)));
                case "run" -> steps.add(new Step.Run(required(name, lineNumber, rest), false));
                case "run-user" -> steps.add(new Step.Run(required(name, lineNumber, rest), true));
                case "parallel" -> steps.add(parallel(name, lineNumber, rest, false));
                case "parallel-user" -> steps.add(parallel(name, lineNumber, rest, true));
                case "wait" -> steps.add(waitState(name, lineNumber, rest, "JobState"));
                case "wait-reason" -> steps.add(waitState(name, lineNumber, rest, "Reason"));
                case "wait-empty" -> steps.add(new Step.WaitEmpty(
                        rest.isEmpty() ? DEFAULT_WAIT_SECONDS : Integer.parseInt(rest)));
                case "cleanup" -> steps.add(new Step.Cleanup(required(name, lineNumber, rest)));
                default -> throw bad(name, lineNumber, line);
            }
        }
        final boolean usesSecondUser = steps.stream().anyMatch(s ->
                s instanceof Step.Run r && r.asSecondUser()
                        || s instanceof Step.Parallel p && p.asSecondUser());
        if (usesSecondUser && !user) {
            throw new IllegalArgumentException(name + ": runs as the second user without 'user'");
        }
        return new Scenario(name, ci, user, steps);
    }

    private static Step parallel(String name, int lineNumber, String rest, boolean asUser) {
        final Matcher m = COPIES.matcher(rest);
        if (!m.matches()) {
            throw bad(name, lineNumber, rest);
        }
        return new Step.Parallel(Integer.parseInt(m.group(1)), m.group(2), asUser);
    }

    private static Step waitState(String name, int lineNumber, String rest, String field) {
        final Matcher m = WAIT.matcher(rest);
        if (!m.matches()) {
            throw bad(name, lineNumber, rest);
        }
        final int timeout = m.group(3) == null ? DEFAULT_WAIT_SECONDS
                : Integer.parseInt(m.group(3));
        return new Step.WaitState(m.group(1), field, m.group(2), timeout);
    }

    private static String required(String name, int lineNumber, String rest) {
        if (rest.isEmpty()) {
            throw bad(name, lineNumber, "(missing command)");
        }
        return rest;
    }

    private static IllegalArgumentException bad(String name, int lineNumber, String line) {
        return new IllegalArgumentException(name + ".scn:" + lineNumber + ": cannot read: " + line);
    }
}
