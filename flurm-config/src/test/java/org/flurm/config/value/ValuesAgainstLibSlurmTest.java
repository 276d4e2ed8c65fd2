package org.flurm.config.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential tests: FLURM's conversions and SLURM's own (called in the installed
 * libslurmfull.so) must agree on hand-picked and seeded random inputs.
 */
class ValuesAgainstLibSlurmTest {

    private static LibSlurm slurm;

    @BeforeAll
    static void loadSlurm() {
        slurm = LibSlurm.load();
    }

    @Test
    void timeStringsParseAsSlurm() {
        final List<String> inputs = new ArrayList<>(List.of("30", "30:00", "3:00:00", "2-12",
                "5-0", "1-2:3", "1-2:3:4", "INFINITE", "infinite", "UNLIMITED", "-1", "-5",
                "5-", "", "bad", "99999999999", "2147483647", "35791395", "35791394:08",
                "99999999999999999999-1", "1-99999999999999999999", "0:0:0", "00:00:60",
                "+5", " 5", "5 "));
        final Random random = new Random(1234L);
        for (int i = 0; i < 3000; i++) {
            inputs.add(randomText(random, "0123456789-:", 1 + random.nextInt(10)));
        }

        final SoftAssertions softly = new SoftAssertions();
        for (final String text : inputs) {
            softly.assertThat(TimeSpec.secondsOrNoVal(text)).as("time_str2secs(%s)", text)
                    .isEqualTo(slurm.timeStr2secs(text));
            softly.assertThat(minutesOrNoVal(text)).as("time_str2mins(%s)", text)
                    .isEqualTo(slurm.timeStr2mins(text));
        }
        softly.assertAll();
    }

    @Test
    void timesFormatAsSlurm() {
        final List<Long> seconds = new ArrayList<>(List.of(0L, 59L, 60L, 3599L, 3600L, 86399L,
                86400L, 432000L, 0xFFFF_FFFFL, 0xFFFF_FFFEL, -1L, -86400L, Long.MAX_VALUE));
        final Random random = new Random(99L);
        for (int i = 0; i < 2000; i++) {
            seconds.add(random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(10_000_000L));
        }

        final SoftAssertions softly = new SoftAssertions();
        for (final long value : seconds) {
            softly.assertThat(TimeSpec.formatSeconds(value)).as("secs2time_str(%d)", value)
                    .isEqualTo(slurm.secs2timeStr(value));
            final int minutes = (int) value;
            softly.assertThat(TimeSpec.formatMinutes(minutes)).as("mins2time_str(%d)", minutes)
                    .isEqualTo(slurm.mins2timeStr(minutes));
        }
        softly.assertAll();
    }

    @Test
    void memorySizesParseAsSlurm() {
        final List<String> inputs = new ArrayList<>(List.of("4G", "500M", "1T", "2048K",
                "2047k", "4GB", "4gb", "4GiB", "-1", " 4G", "+4G", "4 G", "0", "",
                "99999999999999999999", "9223372036854775807", "9223372036854775807K",
                "9223372036854775807T", "-0", "\t7m"));
        final Random random = new Random(4321L);
        for (int i = 0; i < 3000; i++) {
            inputs.add(randomText(random, "0123456789", 1 + random.nextInt(6))
                    + randomText(random, "KMGTPkmgtBbi +-", random.nextInt(3)));
        }

        final SoftAssertions softly = new SoftAssertions();
        for (final String text : inputs) {
            softly.assertThat(MemSize.megabytesOrNoVal(text)).as("str_to_mbytes(%s)", text)
                    .isEqualTo(slurm.strToMbytes(text));
        }
        softly.assertAll();
    }

    @Test
    void memorySizesFormatAsSlurm() {
        final List<Long> sizes = new ArrayList<>(List.of(0L, 1L, 1023L, 1024L, 1536L,
                1L << 20, 1L << 30, 1L << 40, 3L << 50, -1L, MemSize.NO_VAL64));
        final Random random = new Random(5L);
        for (int i = 0; i < 2000; i++) {
            sizes.add(random.nextLong(1 << 20) << (10 * random.nextInt(5)));
        }

        final SoftAssertions softly = new SoftAssertions();
        for (final long value : sizes) {
            softly.assertThat(MemSize.format(value)).as("mbytes_to_str(%d)", value)
                    .isEqualTo(slurm.mbytesToStr(value));
        }
        softly.assertAll();
    }

    private static int minutesOrNoVal(String text) {
        try {
            return TimeSpec.parseMinutes(text);
        } catch (InvalidValueException e) {
            return TimeSpec.NO_VAL;
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
