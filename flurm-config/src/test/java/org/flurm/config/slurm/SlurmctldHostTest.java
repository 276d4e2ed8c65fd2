package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller list: SlurmctldHost lines, host(address), and the legacy keys. */
class SlurmctldHostTest {

    @TempDir
    Path dir;

    private SlurmConfig parse(String content) throws IOException, ConfigException {
        Path file = dir.resolve("slurm.conf");
        Files.writeString(file, "ClusterName=c\n" + content);
        return SlurmConfParser.parse(file);
    }

    private String refusal(String content) throws IOException {
        Path file = dir.resolve("slurm.conf");
        Files.writeString(file, "ClusterName=c\n" + content);
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> SlurmConfParser.parse(file));
        return e.problems().getFirst().line() + " " + e.problems().getFirst().message();
    }

    // scontrol: accepted
    @Test
    void severalLinesGiveTheFailoverOrderWithAddresses() throws Exception {
        SlurmConfig config = parse("SlurmctldHost=h1\nSlurmctldHost=h2(10.0.0.2)\n");

        assertThat(config.controllers()).containsExactly(new ControllerHost("h1", "h1"),
                new ControllerHost("h2", "10.0.0.2"));
    }

    // scontrol: Bad value "h2(1.2.3.4)x" for SlurmctldHost
    @Test
    void textAfterTheAddressIsRefused() throws IOException {
        assertThat(refusal("SlurmctldHost=h2(1.2.3.4)x\n"))
                .isEqualTo("2 bad value \"h2(1.2.3.4)x\" for SlurmctldHost");
    }

    // scontrol: Parsing error at unrecognized key: Foo
    @Test
    void slurmctldHostLineTakesNoOtherKeys() throws IOException {
        assertThat(refusal("SlurmctldHost=h2 Foo=1\n")).isEqualTo("2 unrecognized key: Foo");
    }

    // scontrol: Duplicate SlurmctldHost records: h1
    @Test
    void duplicateHostIsRefused() throws IOException {
        assertThat(refusal("SlurmctldHost=h1\nSlurmctldHost=h1\n"))
                .isEqualTo("3 duplicate SlurmctldHost h1");
    }

    // scontrol: Ignoring ControlMachine since SlurmctldHost is set (accepted)
    @Test
    void legacyKeysBesideSlurmctldHostAreIgnoredWithAWarning() throws Exception {
        SlurmConfig config = parse("SlurmctldHost=h1\nControlMachine=x\n");

        assertThat(config.controllers()).containsExactly(new ControllerHost("h1", "h1"));
        assertThat(config.warnings()).extracting(ConfigProblem::message)
                .containsExactly("ControlMachine is ignored because SlurmctldHost is set");
    }

    @Test
    void legacyControlMachineAndBackupControllerGiveTwoControllers() throws Exception {
        SlurmConfig config = parse("ControlMachine=m1\nControlAddr=10.0.0.1\n"
                + "BackupController=m2\n");

        assertThat(config.controllers()).containsExactly(
                new ControllerHost("m1", "10.0.0.1"), new ControllerHost("m2", "m2"));
    }

    @Test
    void missingControllerIsRefused() throws IOException {
        assertThat(refusal("SlurmUser=slurm\n")).isEqualTo("0 no SlurmctldHost is set");
    }
}
