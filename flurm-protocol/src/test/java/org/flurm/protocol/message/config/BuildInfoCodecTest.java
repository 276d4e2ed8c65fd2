package org.flurm.protocol.message.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.JobDefault;
import org.flurm.protocol.message.slurmd.NodeRegistrationStatus;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

class BuildInfoCodecTest {

    private static final int V22_05 = 0x2600;

    private static CapturedFrame captured(int msgType) {
        return Captures.read("scontrol_show_config.txt").stream()
                .filter(f -> f.msgType() == msgType).findFirst().orElseThrow();
    }

    private static BuildInfo capturedConfig() throws DecodeException {
        final CapturedFrame frame = captured(2002);
        return (BuildInfo) MessageCodecs.decode(2002, frame.body(), frame.version());
    }

    @Test
    void capturedRequestAsksForTheConfigurationUnconditionally() throws Exception {
        final CapturedFrame frame = captured(2001);

        assertThat(MessageCodecs.decode(2001, frame.body(), frame.version()))
                .isEqualTo(new BuildInfoRequest(0));
        assertThat(MessageCodecs.encode(2001, new BuildInfoRequest(0), V22_05))
                .isEqualTo(frame.body());
    }

    @Test
    void capturedConfigurationReencodesByteForByte() throws Exception {
        final CapturedFrame frame = captured(2002);

        final BuildInfo config = capturedConfig();

        assertThat(frame.body()).hasSize(1755);
        assertThat(MessageCodecs.encode(2002, config, frame.version())).isEqualTo(frame.body());
    }

    @Test
    void capturedConfigurationHoldsWhatScontrolPrinted() throws Exception {
        final BuildInfo config = capturedConfig();

        assertThat(config.clusterName()).isEqualTo("ref");
        assertThat(config.slurmctldPort()).isEqualTo(6817);
        assertThat(config.slurmctldPortCount()).isEqualTo(1);
        assertThat(config.slurmdPort()).isEqualTo(6818);
        assertThat(config.msgTimeout()).isEqualTo(10);
        assertThat(config.slurmUserId()).isZero();
        assertThat(config.slurmUserName()).isEqualTo("root");
        assertThat(config.slurmdUserName()).isEqualTo("root");
        assertThat(config.authInfo()).isEqualTo("socket=/tmp/slurm-ref/munge/munge.socket.2");
        assertThat(config.authType()).isEqualTo("auth/munge");
        assertThat(config.credType()).isEqualTo("cred/munge");
        assertThat(config.selectType()).isEqualTo("select/cons_tres");
        assertThat(config.schedType()).isEqualTo("sched/backfill");
        assertThat(config.proctrackType()).isEqualTo("proctrack/linuxproc");
        assertThat(config.accountingStorageType()).isEqualTo("accounting_storage/none");
        assertThat(config.accountingStorageHost()).isEqualTo("localhost");
        assertThat(config.accountingStorageTres())
                .isEqualTo("cpu,mem,energy,node,billing,fs/disk,vmem,pages");
        assertThat(config.controlMachine()).containsExactly("vm");
        assertThat(config.controlAddr()).containsExactly("localhost");
        assertThat(config.srunPortRangeStart()).isEqualTo(60001);
        assertThat(config.srunPortRangeEnd()).isEqualTo(60100);
        assertThat(config.treeWidth()).isEqualTo(50);
        assertThat(config.maxJobCnt()).isEqualTo(50000);
        assertThat(config.maxJobId()).isEqualTo(67043328);
        assertThat(config.maxArraySize()).isEqualTo(1001);
        assertThat(config.firstJobId()).isEqualTo(1);
        assertThat(config.nextJobId()).isEqualTo(2);
        assertThat(config.suspendTime()).isEqualTo(Sentinels.INFINITE);
        assertThat(config.mailProg()).isEqualTo("/bin/true");
        assertThat(config.pluginDir()).isEqualTo("/usr/lib/x86_64-linux-gnu/slurm-wlm");
        assertThat(config.slurmConf()).isEqualTo("/tmp/slurm-ref/etc/slurm.conf");
        assertThat(config.slurmdSpooldir()).isEqualTo("/tmp/slurm-ref/spool/%n");
        assertThat(config.interactiveStepOpts())
                .isEqualTo("--interactive --preserve-env --pty $SHELL");
        assertThat(config.version()).isEqualTo("22.05.8");
        assertThat(config.epilog()).isNull();
        assertThat(config.jobDefaultsList()).isNull();
        assertThat(config.confFlags()).isEqualTo(65);
        assertThat(config.selectTypeParam()).isEqualTo(0x0004); // CR_CORE
        assertThat(config.epilogMsgTime()).isEqualTo(2000);
        assertThat(config.powerPlugin()).isEmpty();
        assertThat(config.bootTime()).isEqualTo(1796314611L);
    }

    @Test
    void capturedConfigurationSendsBothEmptyAndNullKeyPairLists() throws Exception {
        final BuildInfo config = capturedConfig();

        assertThat(config.acctGatherConf()).isEmpty();
        assertThat(config.cgroupConf()).isNull();
        assertThat(config.mpiConf()).isNull();
        assertThat(config.nodeFeaturesConf()).isNull();
        assertThat(config.slurmctldPlugstackConf()).isNull();
    }

    @Test
    void capturedHashMatchesTheOneSlurmdRegisteredWith() throws Exception {
        final CapturedFrame frame = Captures.read("slurmd_register.txt").get(0);
        final NodeRegistrationStatus registration = (NodeRegistrationStatus)
                MessageCodecs.decode(frame.msgType(), frame.body(), frame.version());

        // scontrol printed "HASH_VAL = Match" for this configuration
        assertThat(capturedConfig().hashVal()).isEqualTo(registration.hashVal())
                .isEqualTo(688286150);
    }

    @Test
    void everyFieldSetToADistinctValueSurvivesARoundTrip() throws Exception {
        final BuildInfo config = distinctValues();

        final byte[] body = MessageCodecs.encode(2002, config, V22_05);
        final BuildInfo decoded = (BuildInfo) MessageCodecs.decode(2002, body, V22_05);

        assertThat(decoded).isEqualTo(config);
        assertThat(decoded.jobDefaultsList())
                .containsExactly(new JobDefault(JobDefault.DEF_MEM_PER_GPU, 1L << 40 | 75));
    }

    @Test
    void nullAndEmptyKeyPairListsStayApart() throws Exception {
        final BuildInfo config = with(with(distinctValues(), "cgroupConf", null),
                "mpiConf", List.of());

        final BuildInfo decoded = (BuildInfo) MessageCodecs.decode(2002,
                MessageCodecs.encode(2002, config, V22_05), V22_05);

        assertThat(decoded.cgroupConf()).isNull();
        assertThat(decoded.mpiConf()).isEmpty();
        assertThat(decoded).isEqualTo(config);
    }

    @Test
    void controllerListsOfDifferentLengthAreRefused() throws Exception {
        final BuildInfo config = with(capturedConfig(), "controlAddr", List.of("a", "b"));
        final byte[] body = MessageCodecs.encode(2002, config, V22_05);

        assertThatThrownBy(() -> MessageCodecs.decode(2002, body, V22_05))
                .hasMessageContaining("control_addr has 2 entries, control_machine 1")
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.INVALID);
    }

    @Test
    void olderProtocolVersionIsRefused() throws Exception {
        final byte[] body = captured(2002).body();

        assertThatThrownBy(() -> MessageCodecs.decode(2002, body, 0x2500))
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }

    /** A copy of {@code config} with one component replaced. */
    private static BuildInfo with(BuildInfo config, String component, Object value)
            throws Exception {
        final RecordComponent[] components = BuildInfo.class.getRecordComponents();
        final Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(component)
                    ? value : components[i].getAccessor().invoke(config);
        }
        return construct(components, values);
    }

    /**
     * A configuration whose every component holds a value unlike its neighbours' and unlike
     * the default (0, NULL, empty), built from the record's own component list so that no field
     * can be forgotten.
     */
    static BuildInfo distinctValues() throws Exception {
        final RecordComponent[] components = BuildInfo.class.getRecordComponents();
        final Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = distinctValue(components[i].getGenericType(), i + 1);
        }
        return construct(components, values);
    }

    private static Object distinctValue(Type type, int n) {
        if (type == int.class) {
            return 1000 + n;
        }
        if (type == long.class) {
            return 1L << 40 | n;
        }
        if (type == String.class) {
            return "value-" + n;
        }
        final Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        if (element == String.class) {
            return List.of("first-" + n, "second-" + n);
        }
        if (element == ConfigKeyPair.class) {
            return List.of(new ConfigKeyPair("Key" + n, "v" + n), new ConfigKeyPair("K", null));
        }
        if (element == PluginParams.class) {
            return List.of(new PluginParams("plugin-" + n,
                    List.of(new ConfigKeyPair("Key" + n, "v" + n))),
                    new PluginParams("bare", null));
        }
        if (element == JobDefault.class) {
            return List.of(new JobDefault(JobDefault.DEF_MEM_PER_GPU, 1L << 40 | n));
        }
        throw new AssertionError("no sample value for " + type);
    }

    private static BuildInfo construct(RecordComponent[] components, Object[] values)
            throws Exception {
        final Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        final Constructor<BuildInfo> constructor = BuildInfo.class.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }
}
