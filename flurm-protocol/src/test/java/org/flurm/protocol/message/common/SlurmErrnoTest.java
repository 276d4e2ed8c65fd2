package org.flurm.protocol.message.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flurm.protocol.testing.Captures;
import org.junit.jupiter.api.Test;

/** The return codes carry the numbers SLURM 22.05 computes for their names. */
class SlurmErrnoTest {

    private static final Pattern ROW =
            Pattern.compile("^\\| (\\S+)(?: \\(0x[0-9A-F]+\\))? \\| ([A-Z_]+) \\|");

    @Test
    void everySingleCodeOfTheWireReferenceIsInTheTable() throws Exception {
        final List<String> doc = Files.readAllLines(
                Captures.sharedDir().resolve("protocol/slurm-22.05-wire.md"));
        final int start = doc.indexOf(doc.stream().filter(l -> l.startsWith("### 5.8"))
                .findFirst().orElseThrow());
        final Map<String, Integer> expected = new LinkedHashMap<>();
        for (String line : doc.subList(start + 1, doc.size())) {
            if (line.startsWith("#")) {
                break;
            }
            final Matcher row = ROW.matcher(line);
            if (row.find() && row.group(1).matches("\u2212?\\d+")) {
                expected.put(row.group(2), Integer.parseInt(row.group(1).replace('\u2212', '-')));
            }
        }

        assertThat(expected).hasSize(26).containsEntry("SLURM_ERROR", -1);
        expected.forEach((name, code) ->
                assertThat(SlurmErrno.valueOf(name).code()).as(name).isEqualTo(code));
    }

    @Test
    void combinedRowsOfTheWireReferenceAreInTheTable() {
        assertThat(SlurmErrno.SLURMCTLD_COMMUNICATIONS_CONNECTION_ERROR.code()).isEqualTo(1800);
        assertThat(SlurmErrno.SLURMCTLD_COMMUNICATIONS_SEND_ERROR.code()).isEqualTo(1801);
        assertThat(SlurmErrno.SLURMCTLD_COMMUNICATIONS_RECEIVE_ERROR.code()).isEqualTo(1802);
        assertThat(SlurmErrno.ESLURM_IN_STANDBY_MODE.code()).isEqualTo(2027);
        assertThat(SlurmErrno.ESLURM_IN_STANDBY_USE_BACKUP.code()).isEqualTo(2131);
        assertThat(SlurmErrno.ESLURMD_INVALID_JOB_CREDENTIAL.code()).isEqualTo(4004);
        assertThat(SlurmErrno.ESLURMD_CREDENTIAL_EXPIRED.code()).isEqualTo(4007);
    }

    @Test
    void codesAreUniqueAndLookedUpByNumber() {
        assertThat(SlurmErrno.values()).extracting(SlurmErrno::code).doesNotHaveDuplicates();
        assertThat(SlurmErrno.byCode(2017)).contains(SlurmErrno.ESLURM_INVALID_JOB_ID);
        assertThat(SlurmErrno.byCode(123456)).isEmpty();
        assertThat(SlurmErrno.nameOf(4002)).isEqualTo("ESLURMD_KILL_JOB_ALREADY_COMPLETE");
        assertThat(SlurmErrno.nameOf(123456)).isEqualTo("123456");
    }
}
