package org.flurm.config.hostlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Known answers of SLURM 22.05's scontrol, recorded from the real command. */
class HostlistTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "n[001-003,015]      | n001 n002 n003 n015",
        "n[8-11]             | n8 n9 n10 n11",
        "n[08-11]            | n08 n09 n10 n11",
        "n[8-011]            | n8 n9 n10 n11",
        "n[1-02]             | n1 n2",
        "r2i[4-5]n[0-1]      | r2i4n0 r2i4n1 r2i5n0 r2i5n1",
        "a[1-2]b[3-4]c[5-6]  | a1b3c5 a1b3c6 a2b3c5 a2b3c6 a1b4c5 a1b4c6 a2b4c5 a2b4c6",
        "n[1,1,2]            | n1 n1 n2",
        "\",,a,,b\"          | a b",
        "n1-3                | n1-3",
        "n[3-]               | n3",
        "n[1a-3]             | n01 n02 n03",
        "n[+1-3]             | n01 n02 n03",
        "n[1-                | n]",
        "n[[1-3]             | n[1 n[2 n[3",
        "n[1-3] n5           | n1 n2 n3 n5",
        "n99999999999999999999 | n18446744073709551615",
    })
    void expandsAsScontrolShowHostnames(String expression, String hosts) throws Exception {
        assertThat(Hostlist.expand(expression)).containsExactly(hosts.split(" "));
    }

    @Test
    void emptyExpressionNamesNoHost() throws Exception {
        assertThat(Hostlist.expand("")).isEmpty();
        assertThat(Hostlist.compress("")).isEmpty();
        assertThat(Hostlist.count("")).isZero();
    }

    @Test
    void unclosedBracketAloneMakesOneHostWithAnEmptyName() throws Exception {
        assertThat(Hostlist.expand("[")).containsExactly("");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "n1,n2,n3            | n[1-3]            | n[1-3]",
        "n3,n2,n1            | n[3,2,1]          | n[1-3]",
        "n9,n10,n011         | n[9-10,011]       | n[9-10,011]",
        "n01,n1,n001         | n[01,1,001]       | n[1,01,001]",
        "n05,n5,n4           | n[05,5,4]         | n[4-5,05]",
        "n1,n1,n2            | n[1,1-2]          | n[1,1-2]",
        "a,b,a               | a,b,a             | a,a,b",
        "n,n1,n              | n,n1,n            | n,n,n1",
        "n10,n9,n1           | n[10,9,1]         | n[1,9-10]",
        "c1n2,c1n1,c2n1      | c1n[2,1],c2n1     | c1n[1-2],c2n1",
        "r2i4n0,r2i4n1,r2i5n0 | r2i4n[0-1],r2i5n0 | r2i4n[0-1],r2i5n0",
        "n1,n1,n2,n3,n5,n3,a,b01,b2,b03 | n[1,1-3,5,3],a,b[01,2,03] | a,b[2,01,03],n[1,1-3,3,5]",
    })
    void compressesHostNamesAsScontrolShowHostlist(String hosts, String list, String sorted) {
        final List<String> names = Arrays.asList(hosts.split(","));

        assertThat(Hostlist.compress(names)).isEqualTo(list);
        assertThat(Hostlist.compressSorted(names)).isEqualTo(sorted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "n[1-5],n[3-7]       | n[1-5,3-7]        | n[1-3,3-4,4-5,5-7]",
        "n[1-9],n[3-5]       | n[1-9,3-5]        | n[1-3,3-4,4-5,5-9]",
        "n[1-3],n[2-4]       | n[1-3,2-4]        | n[1-2,2-3,3-4]",
        "n[9-10],n11         | n[9-11]           | n[9-11]",
        "n[0-18446744073709551615],a1 | n0-18446744073709551615,a1 | a1,n0-18446744073709551615",
    })
    void overlappingRangesKeepEveryDuplicate(String expression, String list, String sorted)
            throws Exception {
        assertThat(Hostlist.compress(expression)).isEqualTo(list);
        assertThat(Hostlist.compressSorted(expression)).isEqualTo(sorted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "n[3-1]              | invalid range 3-1 in n[3-1]",
        "n[a-b]              | invalid range a-b in n[a-b]",
        "n[]                 | empty range in n[]",
        "n[1,,2]             | empty range in n[1,,2]",
        "n[-3]               | invalid range -3 in n[-3]",
        "n[1--3]             | invalid range 1--3 in n[1--3]",
        "x[1x2]              | invalid range 1x2 in x[1x2]",
        "n[1-3]x             | unexpected text after ']' in n[1-3]x",
        "n[1-3]]             | unexpected text after ']' in n[1-3]]",
        "n[1-65537]          | too many hosts in range 1-65537 in n[1-65537]",
        "a[1-40000,40001-70000]b[1] | too many hosts in prefix range 40001-70000 in "
                + "a[1-40000,40001-70000]b[1]",
    })
    void rejectsWhatScontrolRejects(String expression, String message) {
        assertThatThrownBy(() -> Hostlist.expand(expression))
                .isInstanceOf(HostlistException.class).hasMessage(message);
    }

    @Test
    void rangeOf65536HostsIsTheLargestAccepted() throws Exception {
        assertThat(Hostlist.count("n[1-65536]")).isEqualTo(65536);
        assertThat(Hostlist.expand("n[1-65536]")).hasSize(65536).endsWith("n65536");
    }

    @Test
    void badBracketLeftOfThePrefixBracketIsIgnoredAsSlurmDoes() throws Exception {
        assertThat(Hostlist.expand("a[3-1]b[1-2]c[1]")).isEmpty();
        assertThat(Hostlist.count("a[1-40000,40001-70000]b[1-2]c[1]")).isEqualTo(80000);
    }

    @Test
    void countsLargeMultiBracketListsWithoutExpandingThem() throws Exception {
        assertThat(Hostlist.count("a[0-9999]b[0-9999]c[1-4]")).isEqualTo(400_000_000);
        assertThatThrownBy(() -> Hostlist.count("a[0-65535]b[0-65535]c[1-4]"))
                .isInstanceOf(HostlistException.class)
                .hasMessage("a[0-65535]b[0-65535]c[1-4] names more than 2147483647 hosts");
    }

    @Test
    void refusesToExpandMoreThanItsLimit() {
        assertThatThrownBy(() -> Hostlist.expand("a[0-4095]b[0-4096]"))
                .isInstanceOf(HostlistException.class)
                .hasMessageContaining("16781312 hosts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a,b", "a b", "n[1]"})
    void compressingNamesRefusesWhatIsNotOneHostName(String name) {
        assertThatThrownBy(() -> Hostlist.compress(List.of("n1", name)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
