package org.flurm.protocol.message.slurmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.EnergyData;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

class NodeRegistrationCodecTest {

    private static final int V22_05 = 0x2600;
    private static final int V21_08 = 0x2500;

    @Test
    void capturedRegistrationDescribesNodeN1() throws Exception {
        final CapturedFrame frame = SlurmdCaptures.frame("slurmd_register.txt", 1002, 0);

        final NodeRegistrationStatus reg = (NodeRegistrationStatus) MessageCodecs.decode(
                1002, frame.body(), frame.version());

        assertThat(reg.nodeName()).isEqualTo("n1");
        assertThat(reg.hostname()).isEqualTo("vm");
        assertThat(reg.arch()).isEqualTo("x86_64");
        assertThat(reg.os()).startsWith("Linux ");
        assertThat(reg.status()).isZero();
        assertThat(reg.cpus()).isEqualTo(2);
        assertThat(reg.boards()).isEqualTo(1);
        assertThat(reg.sockets()).isEqualTo(2);
        assertThat(reg.cores()).isEqualTo(1);
        assertThat(reg.threads()).isEqualTo(1);
        assertThat(reg.realMemory()).isEqualTo(24105L);
        assertThat(reg.tmpDisk()).isEqualTo(258019);
        assertThat(reg.cpuLoad()).isEqualTo(77);
        assertThat(reg.freeMem()).isEqualTo(23565L);
        assertThat(reg.steps()).isEmpty();
        assertThat(reg.flags()).isEqualTo(NodeRegistrationStatus.FLAG_RESPONSE);
        assertThat(reg.gresInfo()).isEqualTo(GresNodeConfig.none(V22_05));
        assertThat(reg.energy()).isEqualTo(EnergyData.NONE);
        assertThat(reg.version()).isEqualTo("22.05.8");
        assertThat(reg.dynamicType()).isZero();
        assertThat(reg.timestamp()).isEqualTo(1796314615L);
    }

    @Test
    void capturedRegistrationResponseListsTheClusterTres() throws Exception {
        final CapturedFrame frame = SlurmdCaptures.frame("slurmd_register.txt", 1024, 0);

        final NodeRegistrationResponse response = (NodeRegistrationResponse)
                MessageCodecs.decode(1024, frame.body(), frame.version());

        assertThat(response.tres()).extracting(TresRecord::type).containsExactly(
                "cpu", "mem", "energy", "node", "billing", "fs", "vmem", "pages");
        assertThat(response.tres().get(0)).isEqualTo(new TresRecord(0, 8, 1, "cpu", null));
        assertThat(response.tres().get(1)).isEqualTo(new TresRecord(0, 4000, 2, "mem", null));
        assertThat(response.tres().get(5)).isEqualTo(new TresRecord(0, 0, 6, "fs", "disk"));
        assertThat(response.nodeName()).isNull();
    }

    @Test
    void everyRegistrationFieldSurvivesARoundTrip() throws Exception {
        final NodeRegistrationStatus reg = sample();

        final byte[] body = MessageCodecs.encode(1002, reg, V22_05);

        assertThat(MessageCodecs.decode(1002, body, V22_05)).isEqualTo(reg);
    }

    @Test
    void olderLayoutLacksHostnameAndDynamicConfAndSendsDynamicTypeAsBoolean() throws Exception {
        final NodeRegistrationStatus reg = sample();

        final byte[] older = MessageCodecs.encode(1002, reg, V21_08);
        final byte[] current = MessageCodecs.encode(1002, reg, V22_05);
        final NodeRegistrationStatus decoded =
                (NodeRegistrationStatus) MessageCodecs.decode(1002, older, V21_08);

        // hostname "node-7" (4 + 7 bytes) and dynamic_conf "CPUs=4" (4 + 7) are not sent
        assertThat(current.length - older.length).isEqualTo(22);
        assertThat(decoded.hostname()).isNull();
        assertThat(decoded.dynamicConf()).isNull();
        assertThat(decoded.dynamicType()).isEqualTo(1);
        assertThat(decoded.nodeName()).isEqualTo("n7");
        assertThat(decoded.dynamicFeature()).isEqualTo("f1");
    }

    @Test
    void responseWithNullTresListSurvivesARoundTrip() throws Exception {
        final NodeRegistrationResponse response = new NodeRegistrationResponse(null, "n3");

        final byte[] body = MessageCodecs.encode(1024, response, V22_05);

        assertThat(body).startsWith(0xFF, 0xFF, 0xFF, 0xFE);
        assertThat(MessageCodecs.decode(1024, body, V22_05)).isEqualTo(response);
    }

    @Test
    void responseWithTresAndNodeNameSurvivesARoundTrip() throws Exception {
        final NodeRegistrationResponse response = new NodeRegistrationResponse(List.of(
                new TresRecord(7, 16, 1, "cpu", null),
                new TresRecord(9, 4, 1001, "gres", "gpu")), "n3");

        final byte[] body = MessageCodecs.encode(1024, response, V22_05);

        assertThat(MessageCodecs.decode(1024, body, V22_05)).isEqualTo(response);
    }

    private static NodeRegistrationStatus sample() {
        final GresNodeConfig gres = new GresNodeConfig(V22_05, List.of(
                new GresNodeConfig.Record(2, 4, 0x40, 7696487, "0-3", "0,-1", "gpu", "a100",
                        "uuid-1")));
        return new NodeRegistrationStatus(1796314615L, 1796314000L, 5, "ib", "ib,gpu", "node-7",
                "n7", "aarch64", "0,1", "Linux 6.1", 4, 1, 2, 2, 1, 32768, 100000, 3600,
                0x12345678, 125, 30000,
                List.of(StepId.batchScript(12), new StepId(13, 0, Sentinels.NO_VAL)),
                NodeRegistrationStatus.FLAG_RESPONSE, gres,
                new EnergyData(1, 2, 3, 4, 5, 1796314000L), "22.05.8", 1, "CPUs=4", "f1");
    }
}
