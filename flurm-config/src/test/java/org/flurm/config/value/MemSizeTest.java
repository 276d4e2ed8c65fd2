package org.flurm.config.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Memory sizes with the megabytes SLURM 22.05's str_to_mbytes gives them. */
class MemSizeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "64000   | 64000",
        "4G      | 4096",
        "4g      | 4096",
        "4GB     | 4096",
        "4gb     | 4096",
        "500M    | 500",
        "500MB   | 500",
        "1T      | 1048576",
        "2048K   | 2",
        "2047k   | 2",
        "1K      | 1",
        "0       | 0",
        "0K      | 0",
        "\" 4G\" | 4096",
        "+4G     | 4096",
    })
    void parsesAsSlurm(String text, long megabytes) throws Exception {
        assertThat(MemSize.parseMegabytes(text)).isEqualTo(megabytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "4GiB", "4 G", "G", "4P", "4KBB", "1.5G",
        "99999999999999999999"})
    void rejectsWhatSlurmRejects(String text) {
        assertThatThrownBy(() -> MemSize.parseMegabytes(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("invalid memory size '" + text + "'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1             | 1",
        "1024          | 1G",
        "1536          | 1536",
        "4096          | 4G",
        "1048576       | 1T",
        "1073741824    | 1P",
        "0             | 0?",
        "1099511627776 | 1?",
    })
    void formatsAsSlurm(long megabytes, String text) {
        assertThat(MemSize.format(megabytes)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(longs = {MemSize.NO_VAL64})
    void notSetHasNoText(long megabytes) {
        assertThat(MemSize.format(megabytes)).isNull();
    }
}
