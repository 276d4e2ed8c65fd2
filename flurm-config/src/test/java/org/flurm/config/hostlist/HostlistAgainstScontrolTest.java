package org.flurm.config.hostlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential tests: the stock {@code scontrol show hostnames|hostlist|hostlistsorted} and
 * {@link Hostlist} are given the same input and must print the same bytes. scontrol is required;
 * without it these tests fail.
 */
class HostlistAgainstScontrolTest {

    @TempDir
    static Path confDir;

    private static Scontrol scontrol;

    /** Hand-picked inputs: padding, several brackets, duplicates, overlaps, limits, mistakes. */
    private static final List<String> EDGE_CASES = List.of(
            "n[001-010,015],r2i[4-7]n[0-8],login", "n[08-11]", "n[8-011]", "n[01-2]",
            "n[1-02]", "n[0-0]", "n[9-10],n11", "n9,n10,n011", "n01,n1,n001", "n05,n5,n4",
            "a[1-2]b[3-4]c[5-6]", "a[0-1]b[0-1]c[0-1]d[0-1]", "r2i[4-5]n[0-1]", "n[1-3]b[2]",
            "n[1,1,2]", "n1,n1,n2", "a,b,a", "n,n1,n", "n[1-5],n[3-7]", "n[1-9],n[3-5]",
            "n[1-3],n[2-4],n[3-5]", "n10,n9,n1", "c1n2,c1n1,c2n1", "123,124,0125", "a1b2",
            ",,a,,b", "n1-3", "n[1-", "n[1-3", "[", "[1-3]", "[abc", "n[1-3],[", "n[[1-3]",
            "a]b[1,2]", "n[3-]", "n[+1-3]", "n[1-+3]", "n[1a-3]", "n[a-b]", "n[3-1]", "n[]",
            "n[-3]", "n[1--3]", "n[1,,2]", "n[,1]", "x[1x2]", "x[1-2]", "n[1-3]x", "n[1-3]]",
            "n[1]a[2]", "a[1-2]]b", "a[3-1]b[1-2]c[1]", "a[1-3]b[5-1]c[1]",
            "n[99999999999999999999]", "n99999999999999999999",
            "n[0-18446744073709551615],a1", "n[0-18446744073709551615],n4,a",
            "n[1-65536]", "n[1-65537]", "a[1-65537]b[1]", "a[1-2]b[1-65537]c1",
            "a[1-40000,50000-75000]b1", "a[1-40000,40001-70000]b[1]",
            "a[1-40000,40001-70000]b[1-2]c[1]",
            "node[0001-0003],node4,node0005", "n[7-8],n09,n10", "n[98-101],n0102");

    /** Inputs scontrol's interactive line parser would split, so each runs on its own. */
    private static final List<String> UNBATCHABLE_CASES = List.of(
            "", "n[1-3] n5", "n[ 1-3]", "n[1, 2]", "a\tb", "n 1,n 2");

    @BeforeAll
    static void findScontrol() {
        scontrol = Scontrol.in(confDir);
    }

    @Test
    void edgeCasesMatchScontrol() {
        compareAll(EDGE_CASES);
    }

    @Test
    void inputsWithBlanksMatchScontrolRunOnce() {
        final SoftAssertions softly = new SoftAssertions();
        for (final String expression : UNBATCHABLE_CASES) {
            final Scontrol.Result names = scontrol.run("show", "hostnames", expression);
            final Scontrol.Result list = scontrol.run("show", "hostlist", expression);
            final Scontrol.Result sorted = scontrol.run("show", "hostlistsorted", expression);
            compare(softly, expression, lines(names.stdout()), lines(list.stdout()),
                    lines(sorted.stdout()));
        }
        softly.assertAll();
    }

    @Test
    void malformedExpressionMakesScontrolSayInvalidHostlist() {
        final Scontrol.Result result = scontrol.run("show", "hostnames", "n[3-1]");

        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("Invalid hostlist: n[3-1]");
    }

    @Test
    void rangeEndingAtTheLargestNumberCrashesScontrolAndIsRefused() {
        final String expression = "n[18446744073709551614-18446744073709551615]";

        final Scontrol.Result names = scontrol.run("show", "hostnames", expression);
        final Scontrol.Result list = scontrol.run("show", "hostlist", expression);

        assertThat(names.exitCode()).as("scontrol exit code (SIGSEGV)").isEqualTo(139);
        assertThatThrownBy(() -> Hostlist.expand(expression))
                .isInstanceOf(HostlistException.class);
        assertThat(list.exitCode()).isZero();
        assertThat(lines(list.stdout())).containsExactly(expression);
    }

    @Test
    void bracketOf262144ItemsIsTheLargestScontrolReads() throws Exception {
        final Path largest = confDir.resolve("largest");
        final Path tooLarge = confDir.resolve("too-large");
        Files.writeString(largest, "n[" + "1,".repeat(262143) + "1]");
        Files.writeString(tooLarge, "n[" + "1,".repeat(262144) + "1]");

        // scontrol reads a hostlist from a file when its argument is a path.
        final Scontrol.Result accepted = scontrol.run("show", "hostlist", largest.toString());
        final Scontrol.Result fatal = scontrol.run("show", "hostlist", tooLarge.toString());

        assertThat(lines(accepted.stdout()))
                .containsExactly(Hostlist.compress(Files.readString(largest)));
        assertThat(fatal.exitCode()).isEqualTo(1);
        assertThat(fatal.stderr()).contains("fatal: _parse_range_list: Too many ranges");
        assertThatThrownBy(() -> Hostlist.expand(Files.readString(tooLarge)))
                .isInstanceOf(HostlistException.class)
                .hasMessage("more than 262144 ranges in one bracket");
    }

    @Test
    void randomHostNameListsCompressAsScontrolDoes() {
        final Random random = new Random(20220531L);
        final List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lists.add(randomHostNames(random));
        }

        final List<Scontrol.Show> shows = new ArrayList<>();
        for (final List<String> hosts : lists) {
            final String joined = String.join(",", hosts);
            shows.add(new Scontrol.Show("hostnames", joined));
            shows.add(new Scontrol.Show("hostlist", joined));
            shows.add(new Scontrol.Show("hostlistsorted", joined));
        }
        final List<List<String>> outputs = scontrol.batch(shows);

        final SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < lists.size(); i++) {
            final List<String> hosts = lists.get(i);
            softly.assertThat(outputs.get(3 * i)).as("hostnames %s", hosts).isEqualTo(hosts);
            softly.assertThat(List.of(Hostlist.compress(hosts)))
                    .as("hostlist %s", hosts).isEqualTo(outputs.get(3 * i + 1));
            softly.assertThat(List.of(Hostlist.compressSorted(hosts)))
                    .as("hostlistsorted %s", hosts).isEqualTo(outputs.get(3 * i + 2));
        }
        softly.assertAll();
    }

    @Test
    void randomBracketExpressionsMatchScontrol() {
        final Random random = new Random(2205L);
        final List<String> expressions = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            expressions.add(randomExpression(random));
        }
        compareAll(expressions);
    }

    @Test
    void compressedRandomListsExpandBackToTheSameHosts() throws HostlistException {
        final Random random = new Random(7L);
        for (int i = 0; i < 300; i++) {
            final List<String> hosts = randomHostNames(random);

            assertThat(Hostlist.expand(Hostlist.compress(hosts))).isEqualTo(hosts);
            assertThat(Hostlist.count(Hostlist.compress(hosts))).isEqualTo(hosts.size());
        }
    }

    private static void compareAll(List<String> expressions) {
        final List<Scontrol.Show> shows = new ArrayList<>();
        for (final String expression : expressions) {
            shows.add(new Scontrol.Show("hostnames", expression));
            shows.add(new Scontrol.Show("hostlist", expression));
            shows.add(new Scontrol.Show("hostlistsorted", expression));
        }
        final List<List<String>> outputs = scontrol.batch(shows);

        final SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < expressions.size(); i++) {
            compare(softly, expressions.get(i), outputs.get(3 * i), outputs.get(3 * i + 1),
                    outputs.get(3 * i + 2));
        }
        softly.assertAll();
    }

    /**
     * Checks one expression against scontrol's three answers. scontrol prints nothing on
     * stdout for "show hostlist" exactly when it rejects the expression.
     */
    private static void compare(SoftAssertions softly, String expression, List<String> names,
                                List<String> list, List<String> sorted) {
        if (list.isEmpty()) {
            softly.assertThat(names).as("hostnames %s", expression).isEmpty();
            softly.assertThatThrownBy(() -> Hostlist.expand(expression))
                    .as("expand %s", expression).isInstanceOf(HostlistException.class);
            softly.assertThatThrownBy(() -> Hostlist.count(expression))
                    .as("count %s", expression).isInstanceOf(HostlistException.class);
            return;
        }
        try {
            softly.assertThat(Hostlist.expand(expression)).as("expand %s", expression)
                    .isEqualTo(names);
            // A range of all 2^64 numbers counts as 0 hosts, and expanding stops at it.
            if (!expression.contains("-18446744073709551615")) {
                softly.assertThat(Hostlist.count(expression)).as("count %s", expression)
                        .isEqualTo(names.size());
            }
            softly.assertThat(List.of(Hostlist.compress(expression)))
                    .as("compress %s", expression).isEqualTo(list);
            softly.assertThat(List.of(Hostlist.compressSorted(expression)))
                    .as("compressSorted %s", expression).isEqualTo(sorted);
        } catch (HostlistException e) {
            softly.fail("scontrol accepts " + expression + " but FLURM says: " + e.getMessage());
        }
    }

    private static final String[] PREFIXES = {
        "n", "node", "cn", "gpu", "r2i", "a1b", "x", "login", "c0", "", "rack1-n", "n_", "Node",
        "n9", "db-", "s.",
    };

    /** 1 to 40 host names from a few prefixes: runs, gaps, paddings, duplicates, shuffles. */
    private static List<String> randomHostNames(Random random) {
        final int prefixCount = 1 + random.nextInt(3);
        final List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < prefixCount; i++) {
            prefixes.add(PREFIXES[random.nextInt(PREFIXES.length)]);
        }
        final List<String> hosts = new ArrayList<>();
        final int size = 1 + random.nextInt(40);
        while (hosts.size() < size) {
            final String prefix = prefixes.get(random.nextInt(prefixes.size()));
            final int kind = random.nextInt(10);
            if (kind == 0 && !prefix.isEmpty()) {
                hosts.add(prefix.endsWith("-") || prefix.endsWith(".") ? prefix + "z" : prefix);
            } else if (kind == 1 && !hosts.isEmpty()) {
                hosts.add(hosts.get(random.nextInt(hosts.size())));
            } else {
                final int width = random.nextInt(5);
                final long start = random.nextInt(4) == 0 ? random.nextInt(200_000)
                        : random.nextInt(120);
                final int run = 1 + random.nextInt(6);
                for (int j = 0; j < run; j++) {
                    hosts.add(prefix + HostRange.pad(start + j, width));
                }
            }
        }
        if (random.nextBoolean()) {
            Collections.shuffle(hosts, random);
        }
        return hosts;
    }

    /** A comma-separated mix of bracketed ranges, multi-bracket names and plain names. */
    private static String randomExpression(Random random) {
        final List<String> tokens = new ArrayList<>();
        final int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            final String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
            switch (random.nextInt(4)) {
                case 0 -> tokens.add(prefix.isEmpty() ? "h" + random.nextInt(50)
                        : prefix + random.nextInt(50));
                case 1 -> tokens.add(prefix + randomBracket(random, 6));
                case 2 -> tokens.add(prefix + randomBracket(random, 3) + "n"
                        + randomBracket(random, 3));
                default -> tokens.add("r" + randomBracket(random, 2) + "c"
                        + randomBracket(random, 2) + "s" + randomBracket(random, 3));
            }
        }
        return String.join(",", tokens);
    }

    private static String randomBracket(Random random, int maxItems) {
        final List<String> items = new ArrayList<>();
        final int count = 1 + random.nextInt(maxItems);
        for (int i = 0; i < count; i++) {
            final int width = random.nextInt(4);
            final int lo = random.nextInt(30);
            if (random.nextBoolean()) {
                items.add(HostRange.pad(lo, width));
            } else {
                final int hi = lo + random.nextInt(12);
                items.add(HostRange.pad(lo, width) + "-" + HostRange.pad(hi, random.nextInt(4)));
            }
        }
        return "[" + String.join(",", items) + "]";
    }

    private static List<String> lines(String stdout) {
        if (stdout.isEmpty()) {
            return List.of();
        }
        final String trimmed = stdout.endsWith("\n")
                ? stdout.substring(0, stdout.length() - 1) : stdout;
        return List.of(trimmed.split("\n", -1));
    }
}
