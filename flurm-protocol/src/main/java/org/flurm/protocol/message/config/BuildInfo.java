package org.flurm.protocol.message.config;

import java.util.List;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.JobDefault;

/**
 * RESPONSE_BUILD_INFO (2002): the controller's whole configuration ({@code slurm_ctl_conf}) as
 * {@code scontrol show config} prints it and {@code scontrol write config} saves it.
 *
 * <p>The components follow the 22.05 wire order; the comment after each gives its field number
 * and wire type (see {@link BuildInfoCodec}). Integer fields keep SLURM's unsigned values: u16 as
 * a non-negative int, u32 as the raw int (NO_VAL reads as -2), u64 and time as long. A null
 * string is SLURM's NULL (printed "(null)"); a null list is its NULL list.
 *
 * <p>Clients take the ports, SlurmUser and auth settings from their own slurm.conf; these values
 * are for display, so a wrong one misleads an operator but breaks no RPC.
 *
 * @param acctGatherConf    the server leaves out ProfileInfluxDBPass and ProfileInfluxDBUser
 * @param controlAddr       one entry per SlurmctldHost, as many as {@code controlMachine}
 * @param controlMachine    scontrol pings each of these and reports it UP or DOWN
 * @param hashVal           hash of slurm.conf; slurmd compares it with its own
 * @param srunPortRangeEnd  0 with {@code srunPortRangeStart} 0 when SrunPortRange is unset
 */
public record BuildInfo(
        long lastUpdate,                                        // 1 time
        int accountingStorageEnforce,                           // 2 u16
        String accountingStorageBackupHost,                     // 3 str
        String accountingStorageHost,                           // 4 str
        String accountingStorageExtHost,                        // 5 str
        String accountingStorageParams,                         // 6 str
        int accountingStoragePort,                              // 7 u16
        String accountingStorageTres,                           // 8 str
        String accountingStorageType,                           // 9 str
        String accountingStorageUser,                           // 10 str
        List<ConfigKeyPair> acctGatherConf,                     // 11 keypairs
        String acctGatherEnergyType,                            // 12 str
        String acctGatherFilesystemType,                        // 13 str
        String acctGatherInterconnectType,                      // 14 str
        int acctGatherNodeFreq,                                 // 15 u16
        String acctGatherProfileType,                           // 16 str
        String authAltTypes,                                    // 17 str
        String authAltParams,                                   // 18 str
        String authInfo,                                        // 19 str
        String authType,                                        // 20 str
        int batchStartTimeout,                                  // 21 u16
        long bootTime,                                          // 22 time
        String burstBufferType,                                 // 23 str
        String bcastExclude,                                    // 24 str
        String bcastParameters,                                 // 25 str
        List<ConfigKeyPair> cgroupConf,                         // 26 keypairs
        String cliFilterPlugins,                                // 27 str
        String clusterName,                                     // 28 str
        String commParams,                                      // 29 str
        int completeWait,                                       // 30 u16
        int confFlags,                                          // 31 u32
        List<String> controlAddr,                               // 32 strarr
        List<String> controlMachine,                            // 33 strarr
        String coreSpecPlugin,                                  // 34 str
        int cpuFreqDef,                                         // 35 u32
        int cpuFreqGovs,                                        // 36 u32
        String credType,                                        // 37 str
        long defMemPerCpu,                                      // 38 u64
        long debugFlags,                                        // 39 u64
        String dependencyParams,                                // 40 str
        int eioTimeout,                                         // 41 u16
        int enforcePartLimits,                                  // 42 u16
        String epilog,                                          // 43 str
        int epilogMsgTime,                                      // 44 u32
        String epilogSlurmctld,                                 // 45 str
        List<ConfigKeyPair> extSensorsConf,                     // 46 keypairs
        String extSensorsType,                                  // 47 str
        int extSensorsFreq,                                     // 48 u16
        String fedParams,                                       // 49 str
        int firstJobId,                                         // 50 u32
        int fsDampeningFactor,                                  // 51 u16
        int getEnvTimeout,                                      // 52 u16
        String gresPlugins,                                     // 53 str
        int groupTime,                                          // 54 u16
        int groupForce,                                         // 55 u16
        String gpuFreqDef,                                      // 56 str
        int hashVal,                                            // 57 u32
        int healthCheckInterval,                                // 58 u16
        int healthCheckNodeState,                               // 59 u16
        String healthCheckProgram,                              // 60 str
        int inactiveLimit,                                      // 61 u16
        String interactiveStepOpts,                             // 62 str
        String jobAcctGatherFreq,                               // 63 str
        String jobAcctGatherType,                               // 64 str
        String jobAcctGatherParams,                             // 65 str
        String jobCompHost,                                     // 66 str
        String jobCompLoc,                                      // 67 str
        String jobCompParams,                                   // 68 str
        int jobCompPort,                                        // 69 u32
        String jobCompType,                                     // 70 str
        String jobCompUser,                                     // 71 str
        String jobContainerPlugin,                              // 72 str
        String jobCredentialPrivateKey,                         // 73 str
        String jobCredentialPublicCertificate,                  // 74 str
        List<JobDefault> jobDefaultsList,                       // 75 jobdefaults
        int jobFileAppend,                                      // 76 u16
        int jobRequeue,                                         // 77 u16
        String jobSubmitPlugins,                                // 78 str
        int killOnBadExit,                                      // 79 u16
        int killWait,                                           // 80 u16
        String launchParams,                                    // 81 str
        String launchType,                                      // 82 str
        String licenses,                                        // 83 str
        int logFmt,                                             // 84 u16
        int maxArraySize,                                       // 85 u32
        int maxDbdMsgs,                                         // 86 u32
        String mailDomain,                                      // 87 str
        String mailProg,                                        // 88 str
        int maxJobCnt,                                          // 89 u32
        int maxJobId,                                           // 90 u32
        long maxMemPerCpu,                                      // 91 u64
        int maxNodeCnt,                                         // 92 u32
        int maxStepCnt,                                         // 93 u32
        int maxTasksPerNode,                                    // 94 u16
        String mcsPlugin,                                       // 95 str
        String mcsPluginParams,                                 // 96 str
        int minJobAge,                                          // 97 u32
        List<ConfigKeyPair> mpiConf,                            // 98 keypairs
        String mpiDefault,                                      // 99 str
        String mpiParams,                                       // 100 str
        int msgTimeout,                                         // 101 u16
        int nextJobId,                                          // 102 u32
        List<PluginParams> nodeFeaturesConf,                    // 103 plugparams
        String nodeFeaturesPlugins,                             // 104 str
        String nodePrefix,                                      // 105 str
        int overTimeLimit,                                      // 106 u16
        String pluginDir,                                       // 107 str
        String plugStack,                                       // 108 str
        String powerParameters,                                 // 109 str
        String powerPlugin,                                     // 110 str
        int preemptMode,                                        // 111 u16
        String preemptType,                                     // 112 str
        int preemptExemptTime,                                  // 113 u32
        String prepParams,                                      // 114 str
        String prepPlugins,                                     // 115 str
        int priorityDecayHl,                                    // 116 u32
        int priorityCalcPeriod,                                 // 117 u32
        int priorityFavorSmall,                                 // 118 u16
        int priorityFlags,                                      // 119 u16
        int priorityMaxAge,                                     // 120 u32
        String priorityParams,                                  // 121 str
        int priorityResetPeriod,                                // 122 u16
        String priorityType,                                    // 123 str
        int priorityWeightAge,                                  // 124 u32
        int priorityWeightAssoc,                                // 125 u32
        int priorityWeightFs,                                   // 126 u32
        int priorityWeightJs,                                   // 127 u32
        int priorityWeightPart,                                 // 128 u32
        int priorityWeightQos,                                  // 129 u32
        String priorityWeightTres,                              // 130 str
        int privateData,                                        // 131 u16
        String proctrackType,                                   // 132 str
        String prolog,                                          // 133 str
        int prologEpilogTimeout,                                // 134 u16
        String prologSlurmctld,                                 // 135 str
        int prologFlags,                                        // 136 u16
        int propagatePrioProcess,                               // 137 u16
        String propagateRlimits,                                // 138 str
        String propagateRlimitsExcept,                          // 139 str
        String rebootProgram,                                   // 140 str
        int reconfigFlags,                                      // 141 u16
        String requeueExit,                                     // 142 str
        String requeueExitHold,                                 // 143 str
        String resumeFailProgram,                               // 144 str
        String resumeProgram,                                   // 145 str
        int resumeRate,                                         // 146 u16
        int resumeTimeout,                                      // 147 u16
        String resvEpilog,                                      // 148 str
        int resvOverRun,                                        // 149 u16
        String resvProlog,                                      // 150 str
        int ret2service,                                        // 151 u16
        String routePlugin,                                     // 152 str
        String schedParams,                                     // 153 str
        String schedLogfile,                                    // 154 str
        int schedLogLevel,                                      // 155 u16
        int schedTimeSlice,                                     // 156 u16
        String schedType,                                       // 157 str
        String scronParams,                                     // 158 str
        String selectType,                                      // 159 str
        List<ConfigKeyPair> selectConfKeyPairs,                 // 160 keypairs
        int selectTypeParam,                                    // 161 u16
        String slurmConf,                                       // 162 str
        int slurmUserId,                                        // 163 u32
        String slurmUserName,                                   // 164 str
        int slurmdUserId,                                       // 165 u32
        String slurmdUserName,                                  // 166 str
        String slurmctldAddr,                                   // 167 str
        int slurmctldDebug,                                     // 168 u16
        String slurmctldLogfile,                                // 169 str
        String slurmctldParams,                                 // 170 str
        String slurmctldPidfile,                                // 171 str
        String slurmctldPlugstack,                              // 172 str
        List<PluginParams> slurmctldPlugstackConf,              // 173 plugparams
        int slurmctldPort,                                      // 174 u32
        int slurmctldPortCount,                                 // 175 u16
        String slurmctldPrimaryOffProg,                         // 176 str
        String slurmctldPrimaryOnProg,                          // 177 str
        int slurmctldSyslogDebug,                               // 178 u16
        int slurmctldTimeout,                                   // 179 u16
        int slurmdDebug,                                        // 180 u16
        String slurmdLogfile,                                   // 181 str
        String slurmdParams,                                    // 182 str
        String slurmdPidfile,                                   // 183 str
        int slurmdPort,                                         // 184 u32
        String slurmdSpooldir,                                  // 185 str
        int slurmdSyslogDebug,                                  // 186 u16
        int slurmdTimeout,                                      // 187 u16
        String srunEpilog,                                      // 188 str
        int srunPortRangeStart,                                 // 189 u16
        int srunPortRangeEnd,                                   // 190 u16
        String srunProlog,                                      // 191 str
        String stateSaveLocation,                               // 192 str
        String suspendExcNodes,                                 // 193 str
        String suspendExcParts,                                 // 194 str
        String suspendProgram,                                  // 195 str
        int suspendRate,                                        // 196 u16
        int suspendTime,                                        // 197 u32
        int suspendTimeout,                                     // 198 u16
        String switchParam,                                     // 199 str
        String switchType,                                      // 200 str
        String taskEpilog,                                      // 201 str
        String taskProlog,                                      // 202 str
        String taskPlugin,                                      // 203 str
        int taskPluginParam,                                    // 204 u32
        int tcpTimeout,                                         // 205 u16
        String tmpFs,                                           // 206 str
        String topologyParam,                                   // 207 str
        String topologyPlugin,                                  // 208 str
        int treeWidth,                                          // 209 u16
        String unkillableProgram,                               // 210 str
        int unkillableTimeout,                                  // 211 u16
        String version,                                         // 212 str
        int vsizeFactor,                                        // 213 u16
        int waitTime,                                           // 214 u16
        String x11Params                                        // 215 str
) implements MessageBody {

    public BuildInfo {
        controlAddr = copy(controlAddr);
        controlMachine = copy(controlMachine);
        acctGatherConf = copy(acctGatherConf);
        cgroupConf = copy(cgroupConf);
        extSensorsConf = copy(extSensorsConf);
        jobDefaultsList = copy(jobDefaultsList);
        mpiConf = copy(mpiConf);
        nodeFeaturesConf = copy(nodeFeaturesConf);
        selectConfKeyPairs = copy(selectConfKeyPairs);
        slurmctldPlugstackConf = copy(slurmctldPlugstackConf);
    }

    /** Null stays null (SLURM's NULL list); anything else becomes an unmodifiable copy. */
    private static <T> List<T> copy(List<T> items) {
        return items == null ? null : List.copyOf(items);
    }
}
