package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accept or refuse, line by line, as the stock client parser does. Each case was run through
 * {@code SLURM_CONF=file scontrol show hostnames x} (SLURM 22.05.8) with the same four leading
 * lines; the comment on each test says what scontrol answered.
 */
class SlurmConfVerdictTest {

    /** Four valid lines, so the line under test is line 5. */
    private static final String BASE = "ClusterName=Tst\nSlurmctldHost=h1\n"
            + "NodeName=n[1-2] CPUs=2\nPartitionName=p Nodes=n[1-2]\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private SlurmConfig accepted(String line) throws IOException, ConfigException {
        return SlurmConfParser.parse(write("slurm.conf", BASE + line + "\n"));
    }

    private String refused(String line) throws IOException {
        Path file = write("slurm.conf", BASE + line + "\n");
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> SlurmConfParser.parse(file));
        assertThat(e).as("refused").isNotNull();
        return e.getMessage().substring(dir.toString().length() + 1);
    }

    // scontrol: Parse error in file ... line 5: " SlurmdUser=b"
    @Test
    void twoPairsOnAMainLineAreRefusedWithTheLeftover() throws IOException {
        assertThat(refused("SlurmUser=a SlurmdUser=b"))
                .isEqualTo("slurm.conf:5: cannot parse \" SlurmdUser=b\"");
    }

    // scontrol: Parse error in file ... line 5: "SlurmUser="
    @Test
    void emptyValueIsRefused() throws IOException {
        assertThat(refused("SlurmUser=")).isEqualTo("slurm.conf:5: cannot parse \"SlurmUser=\"");
    }

    // scontrol: accepted
    @Test
    void blanksAroundEqualsAndATrailingCommentAreAccepted() throws Exception {
        assertThat(accepted("SlurmUser   =   daemon   # comment").slurmUser())
                .isEqualTo("daemon");
    }

    // scontrol: Invalid user for SlurmUser a, ignored
    @Test
    void slurmUserMustExistOnThisHost() throws IOException {
        assertThat(refused("SlurmUser=no-such-user-here"))
                .isEqualTo("slurm.conf:5: SlurmUser no-such-user-here is not a user on this host");
    }

    @Test
    void userLookupCanBeSupplied() throws Exception {
        Path file = write("slurm.conf", BASE + "SlurmUser=slurm\n");

        assertThat(SlurmConfParser.parse(file, IncludeResolver.SLURM, user -> true).slurmUser())
                .isEqualTo("slurm");
        assertThat(catchThrowableOfType(ConfigException.class, () -> SlurmConfParser.parse(
                file, IncludeResolver.SLURM, user -> false)).problems())
                .extracting(ConfigProblem::message)
                .containsExactly("SlurmUser slurm is not a user on this host");
    }

    // scontrol: _parse_next_key: Parsing error at unrecognized key: Frobnicate
    @Test
    void unknownKeyIsRefusedNamingFileLineAndKey() throws IOException {
        assertThat(refused("Frobnicate=1"))
                .isEqualTo("slurm.conf:5: unrecognized key: Frobnicate");
    }

    // scontrol: accepted; keys match in any case
    @Test
    void keysMatchInAnyCase() throws Exception {
        SlurmConfig config = accepted("MESSAGETIMEOUT=42");

        assertThat(config.messageTimeout()).isEqualTo(42);
        assertThat(config.settings()).containsKey("MessageTimeout");
    }

    // scontrol: Parsing error at unrecognized key: Foo; Parse error ... line 5: " Foo=3 ..."
    @Test
    void unknownKeyInANodeLineIsRefused() throws IOException {
        assertThat(refused("NodeName=n3 CPUs=2 Foo=3 RealMemory=5"))
                .isEqualTo("slurm.conf:5: unrecognized key: Foo");
    }

    // scontrol: CPUs value "abc" is not a valid number
    @Test
    void nonNumericCountIsRefused() throws IOException {
        assertThat(refused("NodeName=n3 CPUs=abc"))
                .isEqualTo("slurm.conf:5: CPUs value \"abc\" is not a number");
    }

    // scontrol: accepted (strtoul base 0 and the k suffix)
    @Test
    void hexadecimalAndKiloNumbersAreAccepted() throws Exception {
        assertThat(accepted("MaxJobCount=0x10").maxJobCount()).isEqualTo(16L);
        assertThat(accepted("MaxJobCount=10k").maxJobCount()).isEqualTo(10_240L);
    }

    // scontrol: MaxJobCount value (-5) is less than zero
    @Test
    void negativeNumberIsRefused() throws IOException {
        assertThat(refused("MaxJobCount=-5"))
                .isEqualTo("slurm.conf:5: MaxJobCount value \"-5\" is negative");
    }

    // scontrol: "maybe" is not a valid option for "DisableRootJobs"
    @Test
    void booleanOtherThanYesNoIsRefused() throws IOException {
        assertThat(refused("DisableRootJobs=maybe")).isEqualTo(
                "slurm.conf:5: \"maybe\" is not a valid yes/no value for DisableRootJobs");
    }

    // scontrol: Parse error in file ... line 5: " b"x"
    @Test
    void quotedValueGluedToTextIsRefused() throws IOException {
        assertThat(refused("SlurmctldParameters=\"a b\"x"))
                .isEqualTo("slurm.conf:5: cannot parse \" b\"x\"");
    }

    // scontrol: accepted
    @Test
    void quotedValueWithBlanksIsAccepted() throws Exception {
        assertThat(accepted("SlurmctldParameters=\"a b\"").value("SlurmctldParameters"))
                .contains("a b");
    }

    // scontrol: accepted
    @Test
    void continuationInsideAQuotedValueIsAccepted() throws Exception {
        assertThat(accepted("SlurmctldParameters=\"a \\\nb\"").value("SlurmctldParameters"))
                .contains("a b");
    }

    // scontrol: accepted
    @Test
    void escapedHashIsPartOfTheValue() throws Exception {
        assertThat(accepted("SlurmctldParameters=a\\#b").value("SlurmctldParameters"))
                .contains("a#b");
    }

    // scontrol: NodeAddr not allowed with NodeName=DEFAULT
    @Test
    void nodeAddrOnTheDefaultNodeLineIsRefused() throws IOException {
        assertThat(refused("NodeName=DEFAULT NodeAddr=x"))
                .isEqualTo("slurm.conf:5: NodeAddr is not allowed with NodeName=DEFAULT");
    }

    // scontrol: fatal: 'ALL' is a reserved word disallowed for use with NodeName
    @Test
    void nodeNamedAllIsRefused() throws IOException {
        assertThat(refused("NodeName=ALL CPUs=1")).isEqualTo(
                "slurm.conf:5: ALL is a reserved word and cannot be used as a NodeName");
    }

    // scontrol: Bad value "abc" for MaxTime
    @Test
    void badPartitionMaxTimeIsRefused() throws IOException {
        assertThat(refused("PartitionName=q MaxTime=abc"))
                .isEqualTo("slurm.conf:5: bad time value \"abc\" for MaxTime");
    }

    // scontrol: Bad value "WEIRD" for State
    @Test
    void badPartitionStateIsRefused() throws IOException {
        assertThat(refused("PartitionName=q State=WEIRD"))
                .isEqualTo("slurm.conf:5: bad value \"WEIRD\" for State");
    }

    // scontrol: accepted (node states are checked only by slurmctld)
    @Test
    void badNodeStatePassesTheClientParser() throws Exception {
        assertThat(accepted("NodeName=n9 State=WEIRD").nodes()).hasSize(2);
    }

    // scontrol: Invalid SlurmctldPort 6817-6810
    @Test
    void descendingSlurmctldPortRangeIsRefused() throws IOException {
        assertThat(refused("SlurmctldPort=6817-6810"))
                .isEqualTo("slurm.conf:5: invalid SlurmctldPort 6817-6810");
    }

    // scontrol: fatal: FirstJobId cannot be zero
    @Test
    void firstJobIdZeroIsRefused() throws IOException {
        assertThat(refused("FirstJobId=0")).isEqualTo("slurm.conf:5: FirstJobId cannot be zero");
    }

    // scontrol: accepted (only slurmctld refuses it)
    @Test
    void fastScheduleZeroPassesTheClientParser() throws Exception {
        assertThat(accepted("FastSchedule=0").value("FastSchedule")).contains("0");
    }

    // scontrol: fatal: Use of FrontendName in slurm.conf without ... --enable-front-end
    @Test
    void frontendNameIsRefused() throws IOException {
        assertThat(refused("FrontendName=f1")).startsWith("slurm.conf:5: FrontendName needs");
    }

    // scontrol: error: The option "SchedulerAuth" is defunct (and accepts the file)
    @Test
    void defunctSchedulerAuthIsOnlyAWarning() throws Exception {
        SlurmConfig config = accepted("SchedulerAuth=x");

        assertThat(config.warnings()).extracting(ConfigProblem::message)
                .containsExactly("the option SchedulerAuth is defunct and ignored");
        assertThat(config.value("SchedulerAuth")).isEmpty();
    }

    // scontrol: _parse_next_key: Parsing error at unrecognized key: Include
    @Test
    void includeWithAnEqualsSignIsAnUnknownKey() throws IOException {
        assertThat(refused("Include=foo.conf"))
                .isEqualTo("slurm.conf:5: unrecognized key: Include");
    }

    // scontrol: accepted
    @Test
    void includeReplacesPercentCWithTheLowerCaseClusterName() throws Exception {
        write("inc_tst.conf", "SlurmdUser=daemon\n");

        assertThat(accepted("include inc_%c.conf").slurmdUser()).isEqualTo("daemon");
    }

    // scontrol: Parse error in file ... line 5: " extra"
    @Test
    void textAfterTheIncludedFileNameIsRefused() throws IOException {
        write("inc_tst.conf", "SlurmdUser=slurmd\n");

        assertThat(refused("Include inc_tst.conf extra"))
                .isEqualTo("slurm.conf:5: cannot parse \" extra\"");
    }

    @Test
    void problemInAnIncludedFileNamesThatFileAndLineFirst() throws IOException {
        write("bad.conf", "# one\nBogus=1\n");

        assertThat(refused("Include bad.conf"))
                .isEqualTo("bad.conf:2: unrecognized key: Bogus");
    }

    @Test
    void includeResolverMapsAbsolutePaths() throws Exception {
        write("nodes.conf", "NodeName=m1 CPUs=4\n");
        Path main = write("slurm.conf", BASE + "Include /etc/slurm/nodes.conf\n");
        IncludeResolver toTemp = (written, from) -> dir.resolve(Path.of(written).getFileName());

        assertThat(SlurmConfParser.parse(main, toTemp).nodes())
                .extracting(NodeDefinition::nodeNames).containsExactly("n[1-2]", "m1");
    }

    // scontrol: accepted, "NodeName=n5CPUs=2" is one node name
    @Test
    void continuationWithoutBlankMakesOneWord() throws Exception {
        assertThat(accepted("NodeName=n5\\\nCPUs=2").nodes().getLast().nodeNames())
                .isEqualTo("n5CPUs=2");
    }

    // scontrol: accepted
    @Test
    void operatorBeforeEqualsIsIgnored() throws Exception {
        assertThat(accepted("SlurmdUser+=daemon").slurmdUser()).isEqualTo("daemon");
    }

    // scontrol: cannot stat file .../inc_*.conf (globs are not expanded)
    @Test
    void includeDoesNotExpandGlobs() throws IOException {
        write("inc_tst.conf", "SlurmdUser=slurmd\n");

        assertThat(refused("include inc_*.conf")).isEqualTo("inc_*.conf: cannot read file:"
                + " no such file");
    }

    // scontrol: Parse error in file ... line 5: "  include inc_tst.conf"
    @Test
    void includeMustStartTheLine() throws IOException {
        write("inc_tst.conf", "SlurmdUser=slurmd\n");

        assertThat(refused("  include inc_tst.conf"))
                .isEqualTo("slurm.conf:5: cannot parse \"  include inc_tst.conf\"");
    }

    // scontrol: accepted
    @Test
    void downNodesKeepTheirReasonAndState() throws Exception {
        DownNodesDefinition down =
                accepted("DownNodes=n1 Reason=\"bad disk\" State=FAIL").downNodes().getFirst();

        assertThat(down.nodeNames()).isEqualTo("n1");
        assertThat(down.reason()).isEqualTo("bad disk");
        assertThat(down.state()).contains("FAIL");
    }

    // scontrol: Parsing error at unrecognized key: Weight
    @Test
    void downNodesTakeOnlyReasonAndState() throws IOException {
        assertThat(refused("DownNodes=n1 Weight=3"))
                .isEqualTo("slurm.conf:5: unrecognized key: Weight");
    }

    // scontrol: accepted
    @Test
    void nodeSetKeepsItsNodesAndFeature() throws Exception {
        NodeSetDefinition set =
                accepted("NodeSet=ns Nodes=n[1-2] Feature=f").nodeSets().getFirst();

        assertThat(set.name()).isEqualTo("ns");
        assertThat(set.nodes()).contains("n[1-2]");
        assertThat(set.feature()).contains("f");
    }

    @Test
    void keyGivenTwiceKeepsTheLastValueWithAWarning() throws Exception {
        SlurmConfig config = accepted("KillWait=10\nKillWait=20");

        assertThat(config.killWait()).isEqualTo(20);
        assertThat(config.settings().get("KillWait").line()).isEqualTo(6);
        assertThat(config.warnings()).extracting(ConfigProblem::line).containsExactly(6);
    }
}
