package org.flurm.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flurm.protocol.testing.Captures;
import org.junit.jupiter.api.Test;

/** The message type table is 22.05's, id for id and name for name. */
class MessageTypeTest {

    @Test
    void tableEqualsTheTypesSlurmTwentyTwoFiveNames() throws Exception {
        final Map<Integer, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(
                Captures.capturesDir().resolve("msg-types-22.05.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] fields = line.split("\t");
            expected.put(Integer.parseInt(fields[0]), fields[1]);
        }

        final Map<Integer, String> actual = new LinkedHashMap<>();
        for (MessageType type : MessageType.values()) {
            actual.put(type.id(), type.name());
        }

        assertThat(expected).hasSize(184);
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void lookupByIdFindsKnownTypesOnly() {
        assertThat(MessageType.byId(1008)).contains(MessageType.REQUEST_PING);
        assertThat(MessageType.byId(1024)).contains(MessageType.RESPONSE_NODE_REGISTRATION);
        assertThat(MessageType.byId(2000)).isEmpty();
        assertThat(MessageType.nameOf(8001)).isEqualTo("RESPONSE_SLURM_RC");
        assertThat(MessageType.nameOf(65000)).isEqualTo("65000");
    }
}
