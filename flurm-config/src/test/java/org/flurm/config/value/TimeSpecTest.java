package org.flurm.config.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Time strings with the values SLURM 22.05's time_str2secs and time_str2mins give them. */
class TimeSpecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "30        | 1800     | 30",
        "30:00     | 1800     | 30",
        "30:15     | 1815     | 31",
        "0:59      | 59       | 1",
        "3:00:00   | 10800    | 180",
        "2-12      | 216000   | 3600",
        "5-0       | 432000   | 7200",
        "5-        | 432000   | 7200",
        "1-2:3     | 93780    | 1563",
        "1-2:3:4   | 93784    | 1564",
        "0         | 0        | 0",
        "90        | 5400     | 90",
        "-5        | -432000  | -7199",
        "-01       | -86400   | -1439",
    })
    void parsesAsSlurm(String text, int seconds, int minutes) throws Exception {
        assertThat(TimeSpec.parseSeconds(text)).isEqualTo(seconds);
        assertThat(TimeSpec.parseMinutes(text)).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INFINITE", "UNLIMITED", "infinite", "Unlimited", "-1"})
    void noLimitWordsAreInfinite(String text) throws Exception {
        assertThat(TimeSpec.parseMinutes(text)).isEqualTo(TimeSpec.INFINITE).isEqualTo(-1);
        assertThat(TimeSpec.parseSeconds(text)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bad", "1:2:3:4", "1-2-3", "1:2-3", "1-:3", "-", "1h", " 30",
        "1.5", "::", "1-2:", "+5"})
    void rejectsWhatSlurmRejects(String text) {
        assertThatThrownBy(() -> TimeSpec.parseMinutes(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("invalid time '" + text + "'");
    }

    @Test
    void sentinelsAreSlurms32BitValues() {
        assertThat(Integer.toUnsignedLong(TimeSpec.INFINITE)).isEqualTo(0xFFFF_FFFFL);
        assertThat(Integer.toUnsignedLong(TimeSpec.NO_VAL)).isEqualTo(0xFFFF_FFFEL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0          | 00:00:00",
        "59         | 00:00:59",
        "1800       | 00:30:00",
        "86399      | 23:59:59",
        "86400      | 1-00:00:00",
        "432000     | 5-00:00:00",
        "4294967295 | UNLIMITED",
        "-1         | INVALID",
    })
    void formatsSecondsAsScontrol(long seconds, String text) {
        assertThat(TimeSpec.formatSeconds(seconds)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0          | 00:00:00",
        "30         | 00:30:00",
        "1440       | 1-00:00:00",
        "7200       | 5-00:00:00",
        "-1         | UNLIMITED",
        "-2         | 2982616-04:14:00",
    })
    void formatsMinutesAsScontrol(int minutes, String text) {
        assertThat(TimeSpec.formatMinutes(minutes)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0          | 0:00",
        "1800       | 30:00",
        "3600       | 1:00:00",
        "86400      | 1-00:00:00",
        "432000     | 5-00:00:00",
    })
    void formatsCompactAsSinfoAndSqueue(long seconds, String text) {
        assertThat(TimeSpec.formatCompact(seconds)).isEqualTo(text);
    }
}
