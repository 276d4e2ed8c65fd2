package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Settings SLURM 22.05 refuses after parsing, and the defaults of those it accepts. Every
 * refused line here was refused by {@code SLURM_CONF=file scontrol show hostnames x} too.
 */
class SettingsCheckTest {

    private static final String BASE = "ClusterName=Tst\nSlurmctldHost=h1\n"
            + "NodeName=n[1-2] CPUs=2\nPartitionName=p Nodes=n[1-2]\n";

    @TempDir
    Path dir;

    private SlurmConfig parse(String line) throws IOException, ConfigException {
        Path file = dir.resolve("slurm.conf");
        Files.writeString(file, BASE + line + "\n");
        return SlurmConfParser.parse(file);
    }

    static Stream<Arguments> refusedSettings() {
        return Stream.of(
                Arguments.of("PreemptType=preempt/partition_prio",
                        "PreemptType=preempt/partition_prio and PreemptMode=OFF do not fit"
                                + " together"),
                Arguments.of("PreemptMode=SUSPEND", "PreemptMode=SUSPEND needs GANG as well"),
                Arguments.of("PreemptMode=CANCEL,REQUEUE", "bad PreemptMode CANCEL,REQUEUE"),
                Arguments.of("SlurmctldDebug=chatty", "invalid SlurmctldDebug chatty"),
                Arguments.of("PrologFlags=Contain,Bogus", "bad PrologFlags value Bogus"),
                Arguments.of("PrologFlags=NoHold,X11",
                        "PrologFlags=NoHold cannot be combined with Contain or X11"),
                Arguments.of("JobContainerType=job_container/tmpfs",
                        "job_container/tmpfs needs PrologFlags=Contain"),
                Arguments.of("AccountingStorageEnforce=associations,frob",
                        "bad AccountingStorageEnforce value frob"),
                Arguments.of("LaunchParameters=enable_nss_slurm,disable_send_gids",
                        "LaunchParameters options enable_nss_slurm and disable_send_gids"
                                + " exclude each other"),
                Arguments.of("PriorityUsageResetPeriod=sometimes",
                        "bad PriorityUsageResetPeriod value sometimes"),
                Arguments.of("AccountingStorageType=accounting_storage/mysql",
                        "AccountingStorageType=accounting_storage/mysql belongs in"
                                + " slurmdbd.conf"),
                Arguments.of("MaxDBDMsgs=50", "MaxDBDMsgs must be at least 10000"),
                Arguments.of("SlurmSchedLogLevel=1", "SlurmSchedLogLevel needs SlurmSchedLogFile"),
                Arguments.of("SallocDefaultCommand=srun", "The SallocDefaultCommand option was"
                        + " removed in SLURM 22.05; consider"
                        + " LaunchParameters=use_interactive_step instead"),
                Arguments.of("EnforcePartLimits=sometimes", "bad EnforcePartLimits value"
                        + " sometimes"),
                Arguments.of("DebugFlags=Backfill,Chatter", "bad DebugFlags value Chatter"),
                Arguments.of("SelectTypeParameters=CR_CPU,CR_Core",
                        "bad SelectTypeParameters combination CR_CPU,CR_Core"),
                Arguments.of("SelectTypeParameters=CR_Core_Memory,CR_Fancy",
                        "bad SelectTypeParameters value CR_Fancy"),
                Arguments.of("TaskPluginParam=cores,threads", "bad TaskPluginParam value threads"),
                Arguments.of("TaskPluginParam=autobind=wide",
                        "bad TaskPluginParam value autobind=wide"),
                Arguments.of("PropagateResourceLimits=none",
                        "bad PropagateResourceLimits value none"),
                Arguments.of("PriorityCalcPeriod=0", "bad value \"0\" for PriorityCalcPeriod"));
    }

    @ParameterizedTest
    @MethodSource("refusedSettings")
    void settingIsRefusedOnItsLine(String line, String message) throws IOException {
        Path file = dir.resolve("slurm.conf");
        Files.writeString(file, BASE + line + "\n");

        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> SlurmConfParser.parse(file));

        assertThat(e.problems()).containsExactly(new ConfigProblem(file, 5, message));
    }

    @Test
    void missingClusterNameIsRefusedForTheWholeFile() throws IOException {
        Path file = dir.resolve("slurm.conf");
        Files.writeString(file, "SlurmctldHost=h1\n");

        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> SlurmConfParser.parse(file));

        assertThat(e.problems())
                .containsExactly(new ConfigProblem(file, 0, "ClusterName must be set"));
    }

    // scontrol: accepted
    @Test
    void numericAndNamedLogLevelsAreAccepted() throws Exception {
        assertThat(parse("SlurmdDebug=debug5").value("SlurmdDebug")).contains("debug5");
        assertThat(parse("SlurmctldDebug=3").value("SlurmctldDebug")).contains("3");
    }

    @Test
    void unsetSettingsTakeSlurmDefaults() throws Exception {
        SlurmConfig config = parse("");

        assertThat(config.clusterName()).isEqualTo("tst");
        assertThat(config.slurmctldPort()).isEqualTo(new PortRange(6817, 6817));
        assertThat(config.slurmdPort()).isEqualTo(6818);
        assertThat(config.slurmUser()).isEqualTo("root");
        assertThat(config.slurmdUser()).isEqualTo("root");
        assertThat(config.authType()).isEqualTo("auth/munge");
        assertThat(config.authInfo()).isEmpty();
        assertThat(config.messageTimeout()).isEqualTo(10);
        assertThat(config.slurmdTimeout()).isEqualTo(300);
        assertThat(config.returnToService()).isZero();
        assertThat(config.firstJobId()).isEqualTo(1L);
        assertThat(config.maxJobId()).isEqualTo(0x03FF_0000L);
        assertThat(config.maxJobCount()).isEqualTo(10_000L);
        assertThat(config.killWait()).isEqualTo(30);
        assertThat(config.minJobAge()).isEqualTo(300L);
        assertThat(config.stateSaveLocation()).isEqualTo("/var/spool");
        assertThat(config.enforcePartLimits()).isEqualTo("NO");
        assertThat(config.privateData()).isEmpty();
    }

    @Test
    void slurmctldPortRangeListensOnEveryPort() throws Exception {
        PortRange ports = parse("SlurmctldPort=6817-6820").slurmctldPort();

        assertThat(ports).isEqualTo(new PortRange(6817, 6820));
        assertThat(ports.count()).isEqualTo(4);
    }

    @Test
    void minJobAgeBelowTwoIsRaisedToTwoWithAWarning() throws Exception {
        SlurmConfig config = parse("MinJobAge=1");

        assertThat(config.minJobAge()).isEqualTo(2L);
        assertThat(config.warnings()).extracting(ConfigProblem::line).containsExactly(5);
    }

    @Test
    void settingsKeepTheirFileOrderUnderSlurmsSpelling() throws Exception {
        SlurmConfig config = parse("killwait=5");

        assertThat(config.settings().keySet())
                .containsExactly("ClusterName", "KillWait");
        assertThat(config.settings().get("KillWait"))
                .isEqualTo(new Setting("KillWait", "5", dir.resolve("slurm.conf"), 5));
    }

    // scontrol: accepted
    @Test
    void resourceLimitNamesMayCarryTheRlimitPrefix() throws Exception {
        assertThat(parse("PropagateResourceLimitsExcept=MEMLOCK,RLIMIT_CORE")
                .value("PropagateResourceLimitsExcept")).contains("MEMLOCK,RLIMIT_CORE");
    }

    @Test
    void knownDebugFlagsAreAcceptedInAnyCase() throws Exception {
        assertThat(parse("DebugFlags=backfill,CPU_Bind,NO_CONF_HASH").value("DebugFlags"))
                .contains("backfill,CPU_Bind,NO_CONF_HASH");
    }
}
