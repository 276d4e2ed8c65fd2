package org.flurm.controller.view;

import java.util.List;
import java.util.Optional;

import org.flurm.config.slurm.ControllerHost;
import org.flurm.config.slurm.SlurmConfig;
import org.flurm.protocol.message.config.BuildInfo;

/**
 * RESPONSE_BUILD_INFO from the running configuration, for {@code scontrol show config}: every
 * key slurm.conf gives is shown as given, every other key with SLURM 22.05's default.
 *
 * <p>LIMIT: bit-set keys (DebugFlags, PrivateData, PrologFlags, AccountingStorageEnforce,
 * SelectTypeParameters, ...), time-valued priority keys and the log levels are shown with
 * SLURM's defaults rather than parsed from slurm.conf.
 */
public final class BuildInfoView {

    /** The live values that are not in slurm.conf. */
    public record Live(long lastUpdate, long bootTime, int nextJobId, int nodeCount,
                       int slurmUserId, int slurmdUserId, int hashVal, String version) {
    }

    private final SlurmConfig config;

    public BuildInfoView(SlurmConfig config) {
        this.config = config;
    }

    public BuildInfo build(Live c) {
        final List<String> controlMachine = config.controllers().stream()
                .map(ControllerHost::name).toList();
        final List<String> controlAddr = config.controllers().stream()
                .map(h -> h.address() == null ? h.name() : h.address()).toList();
        final int[] srunPorts = srunPortRange();
        return new BuildInfo(
                c.lastUpdate(), // 1
                0, // 2
                str("AccountingStorageBackupHost", null), // 3
                str("AccountingStorageHost", null), // 4
                str("AccountingStorageExternalHost", null), // 5
                str("AccountingStorageParams", null), // 6
                u32("AccountingStoragePort", 0), // 7
                str("AccountingStorageTres", "cpu,mem,energy,node,billing,fs/disk,vmem,pages"), // 8
                str("AccountingStorageType", "accounting_storage/none"), // 9
                str("AccountingStorageUser", "root"), // 10
                List.of(), // 11
                str("AcctGatherEnergyType", "acct_gather_energy/none"), // 12
                str("AcctGatherFilesystemType", "acct_gather_filesystem/none"), // 13
                str("AcctGatherInterconnectType", "acct_gather_interconnect/none"), // 14
                u32("AcctGatherNodeFreq", 0), // 15
                str("AcctGatherProfileType", "acct_gather_profile/none"), // 16
                str("AuthAltTypes", null), // 17
                str("AuthAltParams", null), // 18
                config.authInfo().orElse(null), // 19
                config.authType(), // 20
                u32("BatchStartTimeout", 10), // 21
                c.bootTime(), // 22
                str("BurstBufferType", null), // 23
                str("BcastExclude", "/lib,/usr/lib,/lib64,/usr/lib64"), // 24
                str("BcastParameters", null), // 25
                null, // 26
                str("CliFilterPlugins", null), // 27
                config.clusterName(), // 28
                str("CommunicationParameters", null), // 29
                u32("CompleteWait", 0), // 30
                65, // 31
                controlAddr, // 32
                controlMachine, // 33
                str("CoreSpecPlugin", "core_spec/none"), // 34
                -2, // 35
                -2038431744, // 36
                str("CredType", "cred/munge"), // 37
                u64("DefMemPerCPU", 0L), // 38
                0L, // 39
                str("DependencyParams", null), // 40
                u32("EioTimeout", 60), // 41
                0, // 42
                str("Epilog", null), // 43
                u32("EpilogMsgTime", 2000), // 44
                str("EpilogSlurmctld", null), // 45
                null, // 46
                str("ExtSensorsType", "ext_sensors/none"), // 47
                u32("ExtSensorsFreq", 0), // 48
                str("FederationParameters", null), // 49
                (int) config.firstJobId(), // 50
                u32("FsDampeningFactor", 1), // 51
                u32("GetEnvTimeout", 2), // 52
                str("GresTypes", null), // 53
                600, // 54
                1, // 55
                str("GpuFreqDef", "high,memory=high"), // 56
                c.hashVal(), // 57
                u32("HealthCheckInterval", 0), // 58
                15, // 59
                str("HealthCheckProgram", null), // 60
                u32("InactiveLimit", 0), // 61
                str("InteractiveStepOpts", "--interactive --preserve-env --pty $SHELL"), // 62
                str("JobAcctGatherFrequency", "30"), // 63
                str("JobAcctGatherType", "jobacct_gather/none"), // 64
                str("JobAcctGatherParams", null), // 65
                str("JobCompHost", "localhost"), // 66
                str("JobCompLoc", "/var/log/slurm_jobcomp.log"), // 67
                str("JobCompParams", null), // 68
                u32("JobCompPort", 0), // 69
                str("JobCompType", "jobcomp/none"), // 70
                str("JobCompUser", "root"), // 71
                str("JobContainerPlugin", "job_container/none"), // 72
                str("JobCredentialPrivateKey", null), // 73
                str("JobCredentialPublicCertificate", null), // 74
                null, // 75
                u32("JobFileAppend", 0), // 76
                u32("JobRequeue", 1), // 77
                str("JobSubmitPlugins", null), // 78
                u32("KillOnBadExit", 0), // 79
                config.killWait(), // 80
                str("LaunchParameters", null), // 81
                str("LaunchType", "launch/slurm"), // 82
                str("Licenses", null), // 83
                0, // 84
                u32("MaxArraySize", 1001), // 85
                u32("MaxDbdMsgs", 0), // 86
                str("MailDomain", null), // 87
                str("MailProg", "/bin/mail"), // 88
                (int) config.maxJobCount(), // 89
                (int) config.maxJobId(), // 90
                u64("MaxMemPerCpu", 0L), // 91
                c.nodeCount(), // 92
                u32("MaxStepCount", 40000), // 93
                u32("MaxTasksPerNode", 512), // 94
                str("MCSPlugin", "mcs/none"), // 95
                str("MCSParameters", null), // 96
                (int) config.minJobAge(), // 97
                null, // 98
                str("MpiDefault", "none"), // 99
                str("MpiParams", null), // 100
                config.messageTimeout(), // 101
                c.nextJobId(), // 102
                null, // 103
                str("NodeFeaturesPlugins", null), // 104
                str("NodePrefix", null), // 105
                u32("OverTimeLimit", 0), // 106
                str("PluginDir", "/usr/lib/x86_64-linux-gnu/slurm-wlm"), // 107
                str("PlugStackConfig", null), // 108
                str("PowerParameters", null), // 109
                str("PowerPlugin", ""), // 110
                0, // 111
                str("PreemptType", "preempt/none"), // 112
                u32("PreemptExemptTime", 0), // 113
                str("PrepParams", null), // 114
                str("PrepPlugins", "prep/script"), // 115
                604800, // 116
                300, // 117
                u32("PriorityFavorSmall", 0), // 118
                32, // 119
                604800, // 120
                str("PriorityParameters", null), // 121
                u32("PriorityResetPeriod", 0), // 122
                str("PriorityType", "priority/basic"), // 123
                u32("PriorityWeightAge", 0), // 124
                u32("PriorityWeightAssoc", 0), // 125
                u32("PriorityWeightFairshare", 0), // 126
                u32("PriorityWeightJobSize", 0), // 127
                u32("PriorityWeightPartition", 0), // 128
                u32("PriorityWeightQOS", 0), // 129
                str("PriorityWeightTRES", null), // 130
                0, // 131
                str("ProctrackType", "proctrack/cgroup"), // 132
                str("Prolog", null), // 133
                u32("PrologEpilogTimeout", 65534), // 134
                str("PrologSlurmctld", null), // 135
                0, // 136
                u32("PropagatePrioProcess", 0), // 137
                str("PropagateResourceLimits", "ALL"), // 138
                str("PropagateResourceLimitsExcept", null), // 139
                str("RebootProgram", null), // 140
                0, // 141
                str("RequeueExit", null), // 142
                str("RequeueExitHold", null), // 143
                str("ResumeFailProgram", null), // 144
                str("ResumeProgram", null), // 145
                u32("ResumeRate", 300), // 146
                u32("ResumeTimeout", 60), // 147
                str("ResvEpilog", null), // 148
                u32("ResvOverRun", 0), // 149
                str("ResvProlog", null), // 150
                config.returnToService(), // 151
                str("RoutePlugin", "route/default"), // 152
                str("SchedulerParameters", null), // 153
                str("SlurmSchedLogFile", null), // 154
                u32("SlurmSchedLogLevel", 0), // 155
                u32("SchedulerTimeSlice", 30), // 156
                str("SchedulerType", "sched/backfill"), // 157
                str("ScronParameters", null), // 158
                str("SelectType", "select/cons_tres"), // 159
                null, // 160
                4, // 161
                config.file().toString(), // 162
                c.slurmUserId(), // 163
                config.slurmUser(), // 164
                c.slurmdUserId(), // 165
                config.slurmdUser(), // 166
                str("SlurmctldAddr", null), // 167
                3, // 168
                str("SlurmctldLogFile", null), // 169
                str("SlurmctldParameters", null), // 170
                str("SlurmctldPidFile", "/var/run/slurmctld.pid"), // 171
                str("SlurmctldPlugstack", null), // 172
                null, // 173
                config.slurmctldPort().first(), // 174
                config.slurmctldPort().count(), // 175
                str("SlurmctldPrimaryOffProg", null), // 176
                str("SlurmctldPrimaryOnProg", null), // 177
                10, // 178
                u16("SlurmctldTimeout", 120), // 179
                3, // 180
                str("SlurmdLogFile", null), // 181
                str("SlurmdParameters", null), // 182
                str("SlurmdPidFile", "/var/run/slurmd.pid"), // 183
                config.slurmdPort(), // 184
                str("SlurmdSpoolDir", "/var/spool/slurmd"), // 185
                10, // 186
                config.slurmdTimeout(), // 187
                str("SrunEpilog", null), // 188
                srunPorts[0], // 189
                srunPorts[1], // 190
                str("SrunProlog", null), // 191
                config.stateSaveLocation(), // 192
                str("SuspendExcNodes", null), // 193
                str("SuspendExcParts", null), // 194
                str("SuspendProgram", null), // 195
                u32("SuspendRate", 60), // 196
                u32("SuspendTime", -1), // 197
                u32("SuspendTimeout", 30), // 198
                str("SwitchParameters", null), // 199
                str("SwitchType", "switch/none"), // 200
                str("TaskEpilog", null), // 201
                str("TaskProlog", null), // 202
                str("TaskPlugin", "task/none"), // 203
                0, // 204
                u32("TCPTimeout", 2), // 205
                str("TmpFS", "/tmp"), // 206
                str("TopologyParam", null), // 207
                str("TopologyPlugin", "topology/none"), // 208
                u32("TreeWidth", 50), // 209
                str("UnkillableStepProgram", null), // 210
                u32("UnkillableStepTimeout", 60), // 211
                c.version(), // 212
                u32("VSizeFactor", 0), // 213
                u32("WaitTime", 0), // 214
                str("X11Parameters", null) // 215
        );
    }

    private String str(String key, String absent) {
        return config.value(key).orElse(absent);
    }

    private int u32(String key, int absent) {
        return (int) number(config.value(key), absent);
    }

    private int u16(String key, int absent) {
        return (int) number(config.value(key), absent);
    }

    private long u64(String key, long absent) {
        return number(config.value(key), absent);
    }

    private static long number(Optional<String> value, long absent) {
        if (value.isEmpty()) {
            return absent;
        }
        final String text = value.get().strip();
        if (text.equalsIgnoreCase("INFINITE") || text.equalsIgnoreCase("UNLIMITED")) {
            return -1;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    /** SrunPortRange as first and last, 0 and 0 when unset. */
    private int[] srunPortRange() {
        final Optional<String> range = config.value("SrunPortRange");
        if (range.isEmpty()) {
            return new int[] {0, 0};
        }
        final String[] ends = range.get().split("-");
        try {
            return new int[] {Integer.parseInt(ends[0].strip()),
                Integer.parseInt(ends[ends.length - 1].strip())};
        } catch (NumberFormatException e) {
            return new int[] {0, 0};
        }
    }
}
