package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test: each file is given to the stock client parser
 * ({@code SLURM_CONF=file scontrol show hostnames x}) and to {@link SlurmConfParser}, and both
 * must accept it or both refuse it. scontrol (SLURM 22.05) is required; without it these tests
 * fail. Includes of missing files are left out: scontrol retries them for a minute. So is a
 * bare {@code include}: scontrol then reads past the end of the line into whatever its line
 * buffer held before, so its verdict depends on the previous line (FLURM refuses it).
 */
class SlurmConfAgainstScontrolTest {

    private static final String BASE = "ClusterName=Tst\nSlurmctldHost=h1\n"
            + "NodeName=n[1-2] CPUs=2\nPartitionName=p Nodes=n[1-2]\n";

    private static final Path CORPUS =
            Path.of(System.getProperty("flurm.shared.dir"), "corpus", "slurm-conf");

    /** Lines added after BASE: lexical edge cases, record lines, settings checks. */
    private static final List<String> LINES = List.of(
            "", "SlurmUser=a SlurmdUser=b", "SlurmUser=", "SlurmUser   =   root   # c",
            "Frobnicate=1", "MESSAGETIMEOUT=42", "NodeName=n3 CPUs=2 Foo=3",
            "NodeName=n3 CPUs=abc", "MaxJobCount=0x10", "MaxJobCount=10k", "MaxJobCount=010",
            "MaxJobCount=08", "MaxJobCount=-5", "MaxJobCount=0", "KillWait=65536",
            "KillWait=UNLIMITED", "DisableRootJobs=maybe", "DisableRootJobs=UP",
            "SlurmctldParameters=\"a b\"x", "SlurmctldParameters=\"a b\"",
            "SlurmctldParameters=\"a \\\nb\"", "SlurmctldParameters=a\\#b",
            "NodeName=DEFAULT NodeAddr=x", "NodeName=DEFAULT CPUs=4", "NodeName=ALL CPUs=1",
            "PartitionName=q MaxTime=abc", "PartitionName=q MaxTime=1-2:3:4",
            "PartitionName=q State=WEIRD", "PartitionName=q State=drained",
            "PartitionName=q OverSubscribe=YES:3", "PartitionName=q OverSubscribe=maybe",
            "PartitionName=q PreemptMode=requeue,gang", "PartitionName=q PreemptMode=gang,within",
            "PartitionName=q SelectTypeParameters=CR_Socket",
            "PartitionName=q SelectTypeParameters=CR_CPU", "PartitionName=DEFAULT MaxNodes=3",
            "NodeName=n9 State=WEIRD", "SlurmctldPort=6817-6810", "SlurmctldPort=6817-6820",
            "SlurmctldPort=x", "FirstJobId=0", "FastSchedule=0", "FrontendName=f1",
            "SchedulerAuth=x", "Include=foo.conf", "NodeName=n5\\\nCPUs=2", "SlurmUser+=root",
            "SlurmctldHost=h2(10.0.0.2)", "SlurmctldHost=h2(1.2.3.4)x",
            "SlurmctldHost=h2 Foo=1", "SlurmctldHost=h1", "ControlMachine=x",
            "DownNodes=n1 Reason=\"bad disk\" State=FAIL", "DownNodes=n1 Weight=3",
            "NodeSet=ns Nodes=n[1-2] Feature=f", "  include x.conf",
            "PreemptType=preempt/partition_prio", "PreemptMode=SUSPEND",
            "PreemptMode=SUSPEND,GANG", "PreemptMode=CANCEL,REQUEUE", "SlurmctldDebug=chatty",
            "SlurmdDebug=debug5", "SlurmdDebug=7", "PrologFlags=Contain,Bogus",
            "PrologFlags=NoHold,X11", "JobContainerType=job_container/tmpfs",
            "AccountingStorageEnforce=associations,frob", "AccountingStorageEnforce=safe,qos",
            "LaunchParameters=enable_nss_slurm,disable_send_gids",
            "PriorityUsageResetPeriod=sometimes", "PriorityUsageResetPeriod=MONTHLY",
            "PriorityDecayHalfLife=0", "PriorityCalcPeriod=0", "PriorityMaxAge=7-0",
            "AccountingStorageType=accounting_storage/mysql", "MaxDBDMsgs=50",
            "SlurmSchedLogLevel=1", "DebugFlags=Backfill,Chatter", "DebugFlags=backfill,gres",
            "SelectTypeParameters=CR_CPU,CR_Core", "SelectTypeParameters=CR_Core_Memory,CR_X",
            "SelectTypeParameters=OTHER_CONS_TRES,CR_CORE_MEMORY",
            "TaskPluginParam=cores,threads", "TaskPluginParam=autobind=wide",
            "TaskPluginParam=None", "PropagateResourceLimits=none",
            "PropagateResourceLimitsExcept=MEMLOCK,RLIMIT_CORE", "SallocDefaultCommand=srun",
            "EnforcePartLimits=sometimes", "EnforcePartLimits=any", "AccountingStorageLoc=x",
            "AccountingStoreJobComment=NO", "SlurmUser=no-such-user-here", "SlurmdUser=daemon",
            "MinJobAge=1", "MaxJobId=100\nFirstJobId=200", "ReturnToService=2",
            "KillWait=10\\", "NodeName=n3 Port=7000-7001", "PartitionName=q Nodes=\"n1 n2\"",
            "MaxJobCount=1K", "KillWait=0x", "MaxJobCount= 5", "Max.Job=1",
            "PartitionName=q AllowGroups=ALL Default=yes Hidden=1",
            "NodeName=n3 Sockets=2 SocketsPerBoard=2", "KillWait=10 # \\", "KillWait=\"10\"",
            "KillWait=\"\"", "KillWait=\"1 0\"", "\"KillWait\"=1", "KillWait==1",
            "KillWait*=1", "Kill Wait=1", "KillWait=1\r", "NodeName=n3 CPUs=2 CPUs=4",
            "PartitionName=q Priority=70000", "NodeName=n3 Weight=-1", "ClusterName=",
            "ClusterName=\"\"", "SlurmctldHost=", "SlurmctldHost=(x)", "SlurmctldHost=a(b",
            "SlurmctldHost=a)b(", "NodeName=n3\tCPUs=2", "\tKillWait=1",
            "NodeName = n3 CPUs = 2 RealMemory = 10", "PartitionName=q MaxTime=-1",
            "PartitionName=q MaxTime=-5", "PartitionName=q DefaultTime=0:90",
            "PartitionName=q SuspendTime=5000000000", "PartitionName=q SuspendTime=-1",
            "ReconfigFlags=KeepPartState", "ReconfigFlags=KeepPartState,KeepAll");

    /** Top-level corpus files whose includes, if any, exist. */
    private static final List<String> CORPUS_FILES = List.of(
            "EPCCed_Flexible-Slurm-Configuration-for-Large-Scale-HPC_cirrus-slurm.conf",
            "SchedMD_slurm_etc_slurm.conf.mcr.conf", "Tanya1515_slurm-priority_slurm.conf",
            "diku-dk_wiki_conf_slurm.conf", "giovtorres_slurm-docker-cluster_slurm.conf",
            "romxero_slurm_conf_mother/griz_slurm.conf", "romxero_slurm_conf_mother/slurm.conf");

    @TempDir
    Path dir;

    /**
     * Whether scontrol accepts the file: it exits 0. Errors it logs and carries on from
     * (SchedulerAuth, ControlMachine beside SlurmctldHost) are warnings for FLURM.
     */
    private static boolean scontrolAccepts(Path file) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("scontrol", "show", "hostnames", "x");
        builder.environment().put("SLURM_CONF", file.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("scontrol finished").isTrue();
        assertThat(output).as("scontrol output").doesNotContain("retrying");
        return process.exitValue() == 0;
    }

    private static boolean flurmAccepts(Path file) {
        try {
            SlurmConfParser.parse(file);
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }

    @Test
    void everyLineGetsTheVerdictScontrolGives() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        Path file = dir.resolve("slurm.conf");
        for (String line : LINES) {
            Files.writeString(file, BASE + line + "\n");
            softly.assertThat(flurmAccepts(file)).as(line).isEqualTo(scontrolAccepts(file));
        }
        softly.assertAll();
    }

    @Test
    void everyCorpusFileGetsTheVerdictScontrolGives() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String name : CORPUS_FILES) {
            Path file = CORPUS.resolve(name);
            softly.assertThat(flurmAccepts(file)).as(name).isEqualTo(scontrolAccepts(file));
        }
        softly.assertAll();
    }
}
