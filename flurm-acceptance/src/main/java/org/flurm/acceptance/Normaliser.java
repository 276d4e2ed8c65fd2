package org.flurm.acceptance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule by which the output of a stock client may legitimately differ between two targets,
 * in one place. Each rule replaces a varying text by a placeholder in angle brackets, so a
 * reader of an expected file sees what was replaced. Nothing else is ignored: not whitespace,
 * not line order, not exit codes.
 *
 * <p>Deliberately not normalised: the elapsed TIME column of squeue's default format, because
 * "1:00" there cannot be told from a one-minute time limit. Scenarios that show running jobs
 * choose formats without it ({@code squeue -o}), and a job that runs has its RunTime replaced.
 */
final class Normaliser {

    /** The facts of one run that the rules need: the target's and the machine's. */
    record Site(Path targetDir, Path workDir, Path corpusDir, String hostName, int ctldPort,
                List<Integer> nodePorts, String secondUser, int secondUid, int secondGid) {
    }

    private record Rule(Pattern pattern, String replacement) {
        String apply(String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    Normaliser(Site site) {
        // Wall-clock times (SubmitTime=, StartTime=, sinfo -R, --test-only forecasts): they
        // depend on when the scenario ran. Written by SLURM as 2026-12-03T18:07:51.
        rule("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}", "<TIME>");

        // The same in the form the long listings (sinfo -l, squeue -l) print above their
        // table: Thu Dec 03 18:07:51 2026.
        rule("\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
                + "|Nov|Dec) [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}\\b", "<TIME>");

        // How long a job has run: depends on the scheduler's timing, not on behaviour.
        rule("\\bRunTime=(?:\\d+-)?\\d{2}:\\d{2}:\\d{2}", "RunTime=<ELAPSED>");

        // AllocNode:Sid= holds the submitting host's name as the controller saw it and the
        // submitting shell's session id (a process id).
        rule("\\bAllocNode:Sid=[^\\s:]+:\\d+", "AllocNode:Sid=<HOST>:<SID>");

        // Directories of this run: the target's own (conf, state, logs, munge socket), the
        // scenario's working directory (job output files) and the script corpus. Longest
        // first, so that a directory inside another is named by the inner one.
        final List<Map.Entry<Path, String>> dirs = new ArrayList<>(List.of(
                Map.entry(site.targetDir(), "<TARGET_DIR>"),
                Map.entry(site.workDir(), "<WORKDIR>"),
                Map.entry(site.corpusDir(), "<CORPUS>")));
        dirs.sort(Comparator.comparingInt(
                (Map.Entry<Path, String> e) -> e.getKey().toString().length()).reversed());
        for (Map.Entry<Path, String> dir : dirs) {
            rules.add(new Rule(Pattern.compile(Pattern.quote(dir.getKey().toString())),
                    Matcher.quoteReplacement(dir.getValue())));
        }

        // Ports: each target listens on its own (the real SLURM and FLURM can run side by side).
        number(site.ctldPort(), "<CTLD_PORT>");
        for (int i = 0; i < site.nodePorts().size(); i++) {
            number(site.nodePorts().get(i), "<NODE_PORT_" + (i + 1) + ">");
        }

        // This machine's host name, where a client or daemon prints it (NodeHostname=, BatchHost
        // is a node name and is kept).
        if (!site.hostName().equals("localhost")) {
            rule("(?<![\\w.-])" + Pattern.quote(site.hostName()) + "(?![\\w.-])", "<HOST>");
        }

        // The second user's uid and gid are whatever useradd chose on this machine.
        if (site.secondUser() != null) {
            rule("\\(" + site.secondUid() + "\\)", "(<UID2>)");
            rule("\\buid[= ]" + site.secondUid() + "\\b", "uid=<UID2>");
            if (site.secondGid() != site.secondUid()) {
                rule("\\(" + site.secondGid() + "\\)", "(<GID2>)");
            }
        }
    }

    /**
     * The output of one command with the rules applied. Job ids (J1, J2, ... in the order the
     * target first printed them) come first, as they are learnt from this same text.
     */
    String normalise(JobIds ids, String command, String text) {
        ids.learn(command, text);
        String out = ids.symbolise(text);
        for (Rule rule : rules) {
            out = rule.apply(out);
        }
        return out;
    }

    private void rule(String regex, String replacement) {
        rules.add(new Rule(Pattern.compile(regex), Matcher.quoteReplacement(replacement)));
    }

    private void number(int value, String placeholder) {
        rule("(?<![0-9])" + value + "(?![0-9])", placeholder);
    }
}
