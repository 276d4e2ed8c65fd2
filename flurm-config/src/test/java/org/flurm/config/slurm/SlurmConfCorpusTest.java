package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every top-level slurm.conf of the shared corpus gets the verdict SLURM 22.05 gives it
 * (see corpus/README.md): the accepted ones yield the model the file describes, the refused
 * ones are refused for the same problem at the same line. Like the README's verdicts, this
 * needs a host with a {@code slurm} user, since SlurmUser=slurm must name an existing user.
 */
class SlurmConfCorpusTest {

    private static final Path CORPUS =
            Path.of(System.getProperty("flurm.shared.dir"), "corpus", "slurm-conf");
    private static final Path PCLUSTER = CORPUS.resolve(
            "aws_aws-parallelcluster-cookbook_test_slurm_config_generator_expected_outputs");

    /** The pcluster fixture writes its config folder as {@code <DIR>}. */
    private static final IncludeResolver PCLUSTER_DIR = (written, from) ->
            written.startsWith("<DIR>/") ? PCLUSTER.resolve(written.substring(6))
                    : IncludeResolver.SLURM.resolve(written, from);

    private static List<String> lineAndMessage(ConfigException e) {
        return e.problems().stream().map(p -> p.line() + " " + p.message()).toList();
    }

    @Test
    void cirrusIsAcceptedWithItsNodesAndPartitions() throws ConfigException {
        SlurmConfig config = SlurmConfParser.parse(CORPUS.resolve(
                "EPCCed_Flexible-Slurm-Configuration-for-Large-Scale-HPC_cirrus-slurm.conf"));
        ClusterLayout layout = config.validateForController();

        assertThat(config.clusterName()).isEqualTo("cirrus");
        assertThat(config.controllers())
                .containsExactly(new ControllerHost("cirrus-services1", "cirrus-services1"));
        assertThat(config.messageTimeout()).isEqualTo(20);
        assertThat(config.maxJobCount()).isEqualTo(1_000_002L);
        assertThat(config.minJobAge()).isEqualTo(259_200L);
        assertThat(config.enforcePartLimits()).isEqualTo("ALL");
        assertThat(config.privateData()).contains("usage");
        assertThat(config.value("prioritytype")).contains("priority/multifactor");
        assertThat(layout.nodes()).hasSize(407);
        assertThat(config.partitions()).extracting(PartitionDefinition::name).containsExactly(
                "maintenance-all", "maintenance-cpu", "maintenance-gpu", "maintenance-r1",
                "maintenance-r2", "maintenance-highmem", "standard", "highmem", "gpu", "tds",
                "gpu-tds");

        Node highmem = layout.nodes().stream().filter(n -> n.name().equals("highmem01"))
                .findFirst().orElseThrow();
        assertThat(highmem.cpus()).isEqualTo(112);
        assertThat(highmem.sockets()).isEqualTo(4);
        assertThat(highmem.realMemory()).isEqualTo(3_095_568L);
        Node gpuNode = layout.nodes().stream().filter(n -> n.name().equals("r2i3n1"))
                .findFirst().orElseThrow();
        assertThat(gpuNode.features()).containsExactly("skylake");
        assertThat(gpuNode.gres()).contains("gpu:GV100GL:4");

        PartitionDefinition tds = config.partition("tds").orElseThrow();
        assertThat(tds.allowGroups()).containsExactly("w01", "z04");
        assertThat(tds.maxTime()).isEqualTo(SlurmConfig.INFINITE);
        assertThat(tds.defaultTime()).isEqualTo(60L);
        assertThat(tds.isDefault()).isFalse();
        assertThat(layout.partitionNodes().get("tds"))
                .containsExactly("r1i4n8", "r1i4n17", "r1i4n26", "r1i4n35");
        assertThat(layout.partitionNodes().get("maintenance-all")).hasSize(407);
        assertThat(layout.partitionNodes().get("gpu-tds")).containsExactly("r2i7n7", "r2i7n8");
        assertThat(config.partition("maintenance-all").orElseThrow().allowQos())
                .containsExactly("sysadm");
    }

    @Test
    void tanyaIsAcceptedWithBlanksAroundEquals() throws ConfigException {
        SlurmConfig config =
                SlurmConfParser.parse(CORPUS.resolve("Tanya1515_slurm-priority_slurm.conf"));
        ClusterLayout layout = config.validateForController();

        assertThat(config.clusterName()).isEqualTo("slurm-laznik");
        assertThat(config.controllers()).containsExactly(
                new ControllerHost("slurm-laznik-master", "slurm-laznik-master"));
        assertThat(config.returnToService()).isEqualTo(1);
        assertThat(layout.nodes()).extracting(Node::name).containsExactly(
                "slurm-laznik-slave-1", "slurm-laznik-slave-2", "slurm-laznik-slave-3",
                "slurm-laznik-slave-4", "slurm-laznik-slave-5");
        assertThat(layout.nodes().getFirst().cpus()).isEqualTo(2);
        assertThat(layout.nodes().getFirst().realMemory()).isEqualTo(1500L);
        assertThat(config.partitions()).extracting(PartitionDefinition::name)
                .containsExactly("main", "research", "arut");
        PartitionDefinition main = config.partition("main").orElseThrow();
        assertThat(main.isDefault()).isTrue();
        assertThat(main.priorityJobFactor()).isEqualTo(200);
        assertThat(main.maxTime()).isEqualTo(SlurmConfig.INFINITE);
        assertThat(main.allowGroups()).isEmpty();
        assertThat(config.partition("arut").orElseThrow().rootOnly()).isTrue();
        assertThat(layout.partitionNodes().get("research")).hasSize(4);
    }

    @Test
    void grizIsReadWithItsIncludesButHasNoPartitionForTheController() throws ConfigException {
        SlurmConfig config = SlurmConfParser.parse(
                CORPUS.resolve("romxero_slurm_conf_mother/griz_slurm.conf"));

        assertThat(config.clusterName()).isEqualTo("cluster");
        assertThat(config.controllers())
                .containsExactly(new ControllerHost("frank_nitty", "frank_nitty"));
        assertThat(config.slurmctldPort()).isEqualTo(new PortRange(6917, 6996));
        assertThat(config.slurmctldPort().count()).isEqualTo(80);
        assertThat(config.authInfo()).contains("cred_expire=300");
        assertThat(config.killWait()).isEqualTo(60);
        assertThat(config.nodeSets()).hasSize(13);
        assertThat(config.partitions()).isEmpty();
        NodeDefinition vm = config.nodes().getFirst();
        assertThat(vm.nodeNames()).isEqualTo("cpu-vm-1");
        assertThat(vm.cpus()).isEqualTo(8);
        assertThat(vm.sockets()).isEqualTo(8);
        assertThat(vm.realMemory()).isEqualTo(128_000L);
        assertThat(vm.features()).contains("cpu,amd,amd_kvm");

        ConfigException refused =
                catchThrowableOfType(ConfigException.class, config::validateForController);
        assertThat(refused.problems()).extracting(ConfigProblem::message).containsExactly(
                "no partition is defined (only PartitionName lines other than DEFAULT"
                        + " define one)");
    }

    @Test
    void romxeroParsesButTheControllerRefusesItsAddressesAndPartitions()
            throws ConfigException {
        Path file = CORPUS.resolve("romxero_slurm_conf_mother/slurm.conf");
        SlurmConfig config = SlurmConfParser.parse(file);

        assertThat(config.clusterName()).isEqualTo("hotep_main");
        assertThat(config.controllers())
                .containsExactly(new ControllerHost("hotep-master", "192.168.1.255"));
        assertThat(config.value("AuthInfo")).contains("\"cred_expire=1200\",\"ttl=1500\"");
        assertThat(config.killWait()).isEqualTo(10);
        assertThat(config.nodes()).extracting(NodeDefinition::addresses)
                .containsExactly("hotep-login[1-4]-ib", "hotep[004070-004071]-ib");

        ConfigException refused =
                catchThrowableOfType(ConfigException.class, config::validateForController);
        assertThat(refused.problems()).extracting(ConfigProblem::line)
                .containsExactly(132, 142, 126, 127);
        assertThat(refused.problems().getFirst().message())
                .startsWith("cannot expand NodeAddr list hotep-login[1-4]-ib");
        assertThat(refused.problems().get(2).message()).isEqualTo("partition standard names"
                + " nodes that are neither nodes nor NodeSets: Compute");
        assertThat(refused.problems().get(3).message()).isEqualTo("partition login names"
                + " nodes that are neither nodes nor NodeSets: UAN");
        assertThat(refused.problems().getFirst().file()).isEqualTo(file);
    }

    @Test
    void mcrIsRefusedForTwoPairsOnALineOldKeysAndNoClusterName() {
        Path file = CORPUS.resolve("SchedMD_slurm_etc_slurm.conf.mcr.conf");

        ConfigException refused = catchThrowableOfType(ConfigException.class,
                () -> SlurmConfParser.parse(file));

        assertThat(lineAndMessage(refused)).containsExactly(
                "7 cannot parse \"   ControlAddr=emcri \"",
                "12 unrecognized key: HashBase",
                "13 unrecognized key: HeartbeatInterval",
                "0 ClusterName must be set");
        assertThat(refused.getMessage())
                .isEqualTo(file + ":7: cannot parse \"   ControlAddr=emcri \"");
    }

    @Test
    void dikuIsRefusedForSchedulerPortAndTheRemovedJobCommentKey() {
        ConfigException refused = catchThrowableOfType(ConfigException.class,
                () -> SlurmConfParser.parse(CORPUS.resolve("diku-dk_wiki_conf_slurm.conf")));

        assertThat(lineAndMessage(refused)).containsExactly(
                "102 unrecognized key: SchedulerPort",
                "135 The AccountingStoreJobComment option was removed in SLURM 22.05;"
                        + " use AccountingStoreFlags=job_comment instead");
    }

    @Test
    void giovtorresIsRefusedForCacheGroupsAndTheRemovedStorageLocation() {
        ConfigException refused = catchThrowableOfType(ConfigException.class,
                () -> SlurmConfParser.parse(
                        CORPUS.resolve("giovtorres_slurm-docker-cluster_slurm.conf")));

        assertThat(lineAndMessage(refused)).containsExactly(
                "27 unrecognized key: CacheGroups",
                "87 The AccountingStorageLoc option was removed in SLURM 22.05;"
                        + " it is safe to remove it");
    }

    @Test
    void pclusterAsWrittenFailsEachIncludeAndLacksAClusterName() {
        Path file = PCLUSTER.resolve("slurm_parallelcluster.conf");

        ConfigException refused = catchThrowableOfType(ConfigException.class,
                () -> SlurmConfParser.parse(file));

        assertThat(refused.problems()).filteredOn(p -> p.file().equals(file))
                .extracting(ConfigProblem::line).containsExactly(9, 10, 11, 0);
        assertThat(refused.problems().getLast().message()).isEqualTo("ClusterName must be set");
    }

    @Test
    void pclusterWithItsFolderMappedStillLacksAClusterName() {
        ConfigException refused = catchThrowableOfType(ConfigException.class,
                () -> SlurmConfParser.parse(PCLUSTER.resolve("slurm_parallelcluster.conf"),
                        PCLUSTER_DIR));

        assertThat(lineAndMessage(refused)).containsExactly("0 ClusterName must be set");
    }

    @Test
    void pclusterIncludedFromAFileWithAClusterNameGivesNodeSetsAndPartitions(
            @TempDir Path dir) throws IOException, ConfigException {
        Path main = dir.resolve("slurm.conf");
        Files.writeString(main, "ClusterName=pcluster\nInclude "
                + PCLUSTER.resolve("slurm_parallelcluster.conf") + "\n");

        SlurmConfig config = SlurmConfParser.parse(main, PCLUSTER_DIR);
        ClusterLayout layout = config.validateForController();

        assertThat(config.controllers())
                .containsExactly(new ControllerHost("ip-1-0-0-0", "ip.1.0.0.0"));
        assertThat(layout.nodes()).hasSize(35);
        assertThat(layout.nodeSetNodes().keySet())
                .containsExactly("multiple_spot_nodes", "efa_nodes", "gpu_nodes");
        assertThat(config.partitions()).extracting(PartitionDefinition::name)
                .containsExactly("multiple_spot", "efa", "gpu");
        assertThat(config.partition("multiple_spot").orElseThrow().isDefault()).isTrue();
        assertThat(config.partition("efa").orElseThrow().maxTime())
                .isEqualTo(SlurmConfig.INFINITE);
        assertThat(layout.partitionNodes().get("efa")).containsExactly("efa-st-efac5n-1",
                "efa-dy-efac5n-1", "efa-dy-efac5n-2", "efa-dy-efac5n-3", "efa-dy-efac5n-4");
        Node p3 = layout.nodes().stream()
                .filter(n -> n.name().equals("gpu-dy-gpup3dn24xlarge-1")).findFirst()
                .orElseThrow();
        assertThat(p3.cpus()).isEqualTo(48);
        assertThat(p3.features())
                .containsExactly("dynamic", "p3dn.24xlarge", "gpu_p3dn.24xlarge", "gpu");
        assertThat(p3.gres()).contains("gpu:v100:8");
        assertThat(p3.state()).isEqualTo("CLOUD");
        assertThat(config.value("SuspendExcNodes")).contains("multiple_spot-st-multiplespot1-"
                + "[1-5],multiple_spot-st-multiplespot2-[1-5],efa-st-efac5n-[1-1],"
                + "gpu-st-gpug38xlarge-[1-1]");
    }

    @Test
    void pclusterFragmentWithMadeUpKeysIsRefusedAtTheFirstOne(@TempDir Path dir)
            throws IOException {
        Path fragment = PCLUSTER.resolve(
                "pcluster/slurm_parallelcluster_gpu_partition_custom_settings.conf");
        Path main = dir.resolve("slurm.conf");
        Files.writeString(main, "ClusterName=c\nSlurmctldHost=h\nInclude " + fragment + "\n");

        assertThatThrownBy(() -> SlurmConfParser.parse(main))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.file().getFileName() + ":" + p.line() + " "
                                + p.message())
                        .containsExactly(
                                fragment.getFileName() + ":4 unrecognized key: CustomNvidiaParam",
                                fragment.getFileName() + ":5 unrecognized key: CustomNvidiaParam",
                                fragment.getFileName() + ":9 unrecognized key: CustomParam",
                                "slurm.conf:3 Include of " + fragment + " failed"));
    }
}
