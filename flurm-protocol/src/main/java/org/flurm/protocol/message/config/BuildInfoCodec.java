package org.flurm.protocol.message.config;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.JobDefault;
import org.flurm.protocol.pack.Counts;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * RESPONSE_BUILD_INFO (2002), {@code _pack_slurm_ctl_conf_msg}: 215 fields, all mandatory, in
 * the order of SLURM 22.05. The field numbers in the comments are those of the protocol notes.
 *
 * <p>Java evaluates constructor arguments left to right, so the decoder's argument list is the
 * wire order itself.
 */
public final class BuildInfoCodec implements BodyCodec<BuildInfo> {

    @Override
    public BuildInfo decode(Unpacker in, int protocolVersion) throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            // LIMIT: the 21.08 and 20.11 layouts differ and are not written down here.
            throw ProtocolVersion.unreadable("slurm_ctl_conf", protocolVersion);
        }
        final BuildInfo config = decode2205(in);
        final int addrs = Counts.of(config.controlAddr());
        final int machines = Counts.of(config.controlMachine());
        if (addrs != machines) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    "control_addr has " + addrs + " entries, control_machine " + machines);
        }
        return config;
    }

    /** SLURM 22.05 and later. */
    private static BuildInfo decode2205(Unpacker in) throws DecodeException {
        return new BuildInfo(
                in.time(),                          // 1 last_update
                in.u16(),                           // 2 accounting_storage_enforce
                in.str(),                           // 3 accounting_storage_backup_host
                in.str(),                           // 4 accounting_storage_host
                in.str(),                           // 5 accounting_storage_ext_host
                in.str(),                           // 6 accounting_storage_params
                in.u16(),                           // 7 accounting_storage_port
                in.str(),                           // 8 accounting_storage_tres
                in.str(),                           // 9 accounting_storage_type
                in.str(),                           // 10 accounting_storage_user
                ConfigLists.readKeyPairs(in),       // 11 acct_gather_conf
                in.str(),                           // 12 acct_gather_energy_type
                in.str(),                           // 13 acct_gather_filesystem_type
                in.str(),                           // 14 acct_gather_interconnect_type
                in.u16(),                           // 15 acct_gather_node_freq
                in.str(),                           // 16 acct_gather_profile_type
                in.str(),                           // 17 authalttypes
                in.str(),                           // 18 authalt_params
                in.str(),                           // 19 authinfo
                in.str(),                           // 20 authtype
                in.u16(),                           // 21 batch_start_timeout
                in.time(),                          // 22 boot_time
                in.str(),                           // 23 bb_type
                in.str(),                           // 24 bcast_exclude
                in.str(),                           // 25 bcast_parameters
                ConfigLists.readKeyPairs(in),       // 26 cgroup_conf
                in.str(),                           // 27 cli_filter_plugins
                in.str(),                           // 28 cluster_name
                in.str(),                           // 29 comm_params
                in.u16(),                           // 30 complete_wait
                in.u32(),                           // 31 conf_flags
                in.strArray(),                      // 32 control_addr
                in.strArray(),                      // 33 control_machine
                in.str(),                           // 34 core_spec_plugin
                in.u32(),                           // 35 cpu_freq_def
                in.u32(),                           // 36 cpu_freq_govs
                in.str(),                           // 37 cred_type
                in.u64(),                           // 38 def_mem_per_cpu
                in.u64(),                           // 39 debug_flags
                in.str(),                           // 40 dependency_params
                in.u16(),                           // 41 eio_timeout
                in.u16(),                           // 42 enforce_part_limits
                in.str(),                           // 43 epilog
                in.u32(),                           // 44 epilog_msg_time
                in.str(),                           // 45 epilog_slurmctld
                ConfigLists.readKeyPairs(in),       // 46 ext_sensors_conf
                in.str(),                           // 47 ext_sensors_type
                in.u16(),                           // 48 ext_sensors_freq
                in.str(),                           // 49 fed_params
                in.u32(),                           // 50 first_job_id
                in.u16(),                           // 51 fs_dampening_factor
                in.u16(),                           // 52 get_env_timeout
                in.str(),                           // 53 gres_plugins
                in.u16(),                           // 54 group_time
                in.u16(),                           // 55 group_force
                in.str(),                           // 56 gpu_freq_def
                in.u32(),                           // 57 hash_val
                in.u16(),                           // 58 health_check_interval
                in.u16(),                           // 59 health_check_node_state
                in.str(),                           // 60 health_check_program
                in.u16(),                           // 61 inactive_limit
                in.str(),                           // 62 interactive_step_opts
                in.str(),                           // 63 job_acct_gather_freq
                in.str(),                           // 64 job_acct_gather_type
                in.str(),                           // 65 job_acct_gather_params
                in.str(),                           // 66 job_comp_host
                in.str(),                           // 67 job_comp_loc
                in.str(),                           // 68 job_comp_params
                in.u32(),                           // 69 job_comp_port
                in.str(),                           // 70 job_comp_type
                in.str(),                           // 71 job_comp_user
                in.str(),                           // 72 job_container_plugin
                in.str(),                           // 73 job_credential_private_key
                in.str(),                           // 74 job_credential_public_certificate
                JobDefault.readList(in),            // 75 job_defaults_list
                in.u16(),                           // 76 job_file_append
                in.u16(),                           // 77 job_requeue
                in.str(),                           // 78 job_submit_plugins
                in.u16(),                           // 79 kill_on_bad_exit
                in.u16(),                           // 80 kill_wait
                in.str(),                           // 81 launch_params
                in.str(),                           // 82 launch_type
                in.str(),                           // 83 licenses
                in.u16(),                           // 84 log_fmt
                in.u32(),                           // 85 max_array_sz
                in.u32(),                           // 86 max_dbd_msgs
                in.str(),                           // 87 mail_domain
                in.str(),                           // 88 mail_prog
                in.u32(),                           // 89 max_job_cnt
                in.u32(),                           // 90 max_job_id
                in.u64(),                           // 91 max_mem_per_cpu
                in.u32(),                           // 92 max_node_cnt
                in.u32(),                           // 93 max_step_cnt
                in.u16(),                           // 94 max_tasks_per_node
                in.str(),                           // 95 mcs_plugin
                in.str(),                           // 96 mcs_plugin_params
                in.u32(),                           // 97 min_job_age
                ConfigLists.readKeyPairs(in),       // 98 mpi_conf
                in.str(),                           // 99 mpi_default
                in.str(),                           // 100 mpi_params
                in.u16(),                           // 101 msg_timeout
                in.u32(),                           // 102 next_job_id
                ConfigLists.readPluginParams(in),   // 103 node_features_conf
                in.str(),                           // 104 node_features_plugins
                in.str(),                           // 105 node_prefix
                in.u16(),                           // 106 over_time_limit
                in.str(),                           // 107 plugindir
                in.str(),                           // 108 plugstack
                in.str(),                           // 109 power_parameters
                in.str(),                           // 110 power_plugin
                in.u16(),                           // 111 preempt_mode
                in.str(),                           // 112 preempt_type
                in.u32(),                           // 113 preempt_exempt_time
                in.str(),                           // 114 prep_params
                in.str(),                           // 115 prep_plugins
                in.u32(),                           // 116 priority_decay_hl
                in.u32(),                           // 117 priority_calc_period
                in.u16(),                           // 118 priority_favor_small
                in.u16(),                           // 119 priority_flags
                in.u32(),                           // 120 priority_max_age
                in.str(),                           // 121 priority_params
                in.u16(),                           // 122 priority_reset_period
                in.str(),                           // 123 priority_type
                in.u32(),                           // 124 priority_weight_age
                in.u32(),                           // 125 priority_weight_assoc
                in.u32(),                           // 126 priority_weight_fs
                in.u32(),                           // 127 priority_weight_js
                in.u32(),                           // 128 priority_weight_part
                in.u32(),                           // 129 priority_weight_qos
                in.str(),                           // 130 priority_weight_tres
                in.u16(),                           // 131 private_data
                in.str(),                           // 132 proctrack_type
                in.str(),                           // 133 prolog
                in.u16(),                           // 134 prolog_epilog_timeout
                in.str(),                           // 135 prolog_slurmctld
                in.u16(),                           // 136 prolog_flags
                in.u16(),                           // 137 propagate_prio_process
                in.str(),                           // 138 propagate_rlimits
                in.str(),                           // 139 propagate_rlimits_except
                in.str(),                           // 140 reboot_program
                in.u16(),                           // 141 reconfig_flags
                in.str(),                           // 142 requeue_exit
                in.str(),                           // 143 requeue_exit_hold
                in.str(),                           // 144 resume_fail_program
                in.str(),                           // 145 resume_program
                in.u16(),                           // 146 resume_rate
                in.u16(),                           // 147 resume_timeout
                in.str(),                           // 148 resv_epilog
                in.u16(),                           // 149 resv_over_run
                in.str(),                           // 150 resv_prolog
                in.u16(),                           // 151 ret2service
                in.str(),                           // 152 route_plugin
                in.str(),                           // 153 sched_params
                in.str(),                           // 154 sched_logfile
                in.u16(),                           // 155 sched_log_level
                in.u16(),                           // 156 sched_time_slice
                in.str(),                           // 157 schedtype
                in.str(),                           // 158 scron_params
                in.str(),                           // 159 select_type
                ConfigLists.readKeyPairs(in),       // 160 select_conf_key_pairs
                in.u16(),                           // 161 select_type_param
                in.str(),                           // 162 slurm_conf
                in.u32(),                           // 163 slurm_user_id
                in.str(),                           // 164 slurm_user_name
                in.u32(),                           // 165 slurmd_user_id
                in.str(),                           // 166 slurmd_user_name
                in.str(),                           // 167 slurmctld_addr
                in.u16(),                           // 168 slurmctld_debug
                in.str(),                           // 169 slurmctld_logfile
                in.str(),                           // 170 slurmctld_params
                in.str(),                           // 171 slurmctld_pidfile
                in.str(),                           // 172 slurmctld_plugstack
                ConfigLists.readPluginParams(in),   // 173 slurmctld_plugstack_conf
                in.u32(),                           // 174 slurmctld_port
                in.u16(),                           // 175 slurmctld_port_count
                in.str(),                           // 176 slurmctld_primary_off_prog
                in.str(),                           // 177 slurmctld_primary_on_prog
                in.u16(),                           // 178 slurmctld_syslog_debug
                in.u16(),                           // 179 slurmctld_timeout
                in.u16(),                           // 180 slurmd_debug
                in.str(),                           // 181 slurmd_logfile
                in.str(),                           // 182 slurmd_params
                in.str(),                           // 183 slurmd_pidfile
                in.u32(),                           // 184 slurmd_port
                in.str(),                           // 185 slurmd_spooldir
                in.u16(),                           // 186 slurmd_syslog_debug
                in.u16(),                           // 187 slurmd_timeout
                in.str(),                           // 188 srun_epilog
                in.u16(),                           // 189 srun_port_range[0]
                in.u16(),                           // 190 srun_port_range[1]
                in.str(),                           // 191 srun_prolog
                in.str(),                           // 192 state_save_location
                in.str(),                           // 193 suspend_exc_nodes
                in.str(),                           // 194 suspend_exc_parts
                in.str(),                           // 195 suspend_program
                in.u16(),                           // 196 suspend_rate
                in.u32(),                           // 197 suspend_time
                in.u16(),                           // 198 suspend_timeout
                in.str(),                           // 199 switch_param
                in.str(),                           // 200 switch_type
                in.str(),                           // 201 task_epilog
                in.str(),                           // 202 task_prolog
                in.str(),                           // 203 task_plugin
                in.u32(),                           // 204 task_plugin_param
                in.u16(),                           // 205 tcp_timeout
                in.str(),                           // 206 tmp_fs
                in.str(),                           // 207 topology_param
                in.str(),                           // 208 topology_plugin
                in.u16(),                           // 209 tree_width
                in.str(),                           // 210 unkillable_program
                in.u16(),                           // 211 unkillable_timeout
                in.str(),                           // 212 version
                in.u16(),                           // 213 vsize_factor
                in.u16(),                           // 214 wait_time
                in.str()                            // 215 x11_params
        );
    }

    @Override
    public void encode(BuildInfo config, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            throw ProtocolVersion.unwritable("slurm_ctl_conf", protocolVersion);
        }
        encode2205(config, out);
    }

    /** SLURM 22.05 and later. */
    private static void encode2205(BuildInfo config, Packer out) {
        out.time(config.lastUpdate());                                      // 1
        out.u16(config.accountingStorageEnforce());                         // 2
        out.str(config.accountingStorageBackupHost());                      // 3
        out.str(config.accountingStorageHost());                            // 4
        out.str(config.accountingStorageExtHost());                         // 5
        out.str(config.accountingStorageParams());                          // 6
        out.u16(config.accountingStoragePort());                            // 7
        out.str(config.accountingStorageTres());                            // 8
        out.str(config.accountingStorageType());                            // 9
        out.str(config.accountingStorageUser());                            // 10
        ConfigLists.writeKeyPairs(out, config.acctGatherConf());            // 11
        out.str(config.acctGatherEnergyType());                             // 12
        out.str(config.acctGatherFilesystemType());                         // 13
        out.str(config.acctGatherInterconnectType());                       // 14
        out.u16(config.acctGatherNodeFreq());                               // 15
        out.str(config.acctGatherProfileType());                            // 16
        out.str(config.authAltTypes());                                     // 17
        out.str(config.authAltParams());                                    // 18
        out.str(config.authInfo());                                         // 19
        out.str(config.authType());                                         // 20
        out.u16(config.batchStartTimeout());                                // 21
        out.time(config.bootTime());                                        // 22
        out.str(config.burstBufferType());                                  // 23
        out.str(config.bcastExclude());                                     // 24
        out.str(config.bcastParameters());                                  // 25
        ConfigLists.writeKeyPairs(out, config.cgroupConf());                // 26
        out.str(config.cliFilterPlugins());                                 // 27
        out.str(config.clusterName());                                      // 28
        out.str(config.commParams());                                       // 29
        out.u16(config.completeWait());                                     // 30
        out.u32(config.confFlags());                                        // 31
        out.strArray(config.controlAddr());                                 // 32
        out.strArray(config.controlMachine());                              // 33
        out.str(config.coreSpecPlugin());                                   // 34
        out.u32(config.cpuFreqDef());                                       // 35
        out.u32(config.cpuFreqGovs());                                      // 36
        out.str(config.credType());                                         // 37
        out.u64(config.defMemPerCpu());                                     // 38
        out.u64(config.debugFlags());                                       // 39
        out.str(config.dependencyParams());                                 // 40
        out.u16(config.eioTimeout());                                       // 41
        out.u16(config.enforcePartLimits());                                // 42
        out.str(config.epilog());                                           // 43
        out.u32(config.epilogMsgTime());                                    // 44
        out.str(config.epilogSlurmctld());                                  // 45
        ConfigLists.writeKeyPairs(out, config.extSensorsConf());            // 46
        out.str(config.extSensorsType());                                   // 47
        out.u16(config.extSensorsFreq());                                   // 48
        out.str(config.fedParams());                                        // 49
        out.u32(config.firstJobId());                                       // 50
        out.u16(config.fsDampeningFactor());                                // 51
        out.u16(config.getEnvTimeout());                                    // 52
        out.str(config.gresPlugins());                                      // 53
        out.u16(config.groupTime());                                        // 54
        out.u16(config.groupForce());                                       // 55
        out.str(config.gpuFreqDef());                                       // 56
        out.u32(config.hashVal());                                          // 57
        out.u16(config.healthCheckInterval());                              // 58
        out.u16(config.healthCheckNodeState());                             // 59
        out.str(config.healthCheckProgram());                               // 60
        out.u16(config.inactiveLimit());                                    // 61
        out.str(config.interactiveStepOpts());                              // 62
        out.str(config.jobAcctGatherFreq());                                // 63
        out.str(config.jobAcctGatherType());                                // 64
        out.str(config.jobAcctGatherParams());                              // 65
        out.str(config.jobCompHost());                                      // 66
        out.str(config.jobCompLoc());                                       // 67
        out.str(config.jobCompParams());                                    // 68
        out.u32(config.jobCompPort());                                      // 69
        out.str(config.jobCompType());                                      // 70
        out.str(config.jobCompUser());                                      // 71
        out.str(config.jobContainerPlugin());                               // 72
        out.str(config.jobCredentialPrivateKey());                          // 73
        out.str(config.jobCredentialPublicCertificate());                   // 74
        JobDefault.writeList(out, config.jobDefaultsList());               // 75
        out.u16(config.jobFileAppend());                                    // 76
        out.u16(config.jobRequeue());                                       // 77
        out.str(config.jobSubmitPlugins());                                 // 78
        out.u16(config.killOnBadExit());                                    // 79
        out.u16(config.killWait());                                         // 80
        out.str(config.launchParams());                                     // 81
        out.str(config.launchType());                                       // 82
        out.str(config.licenses());                                         // 83
        out.u16(config.logFmt());                                           // 84
        out.u32(config.maxArraySize());                                     // 85
        out.u32(config.maxDbdMsgs());                                       // 86
        out.str(config.mailDomain());                                       // 87
        out.str(config.mailProg());                                         // 88
        out.u32(config.maxJobCnt());                                        // 89
        out.u32(config.maxJobId());                                         // 90
        out.u64(config.maxMemPerCpu());                                     // 91
        out.u32(config.maxNodeCnt());                                       // 92
        out.u32(config.maxStepCnt());                                       // 93
        out.u16(config.maxTasksPerNode());                                  // 94
        out.str(config.mcsPlugin());                                        // 95
        out.str(config.mcsPluginParams());                                  // 96
        out.u32(config.minJobAge());                                        // 97
        ConfigLists.writeKeyPairs(out, config.mpiConf());                   // 98
        out.str(config.mpiDefault());                                       // 99
        out.str(config.mpiParams());                                        // 100
        out.u16(config.msgTimeout());                                       // 101
        out.u32(config.nextJobId());                                        // 102
        ConfigLists.writePluginParams(out, config.nodeFeaturesConf());      // 103
        out.str(config.nodeFeaturesPlugins());                              // 104
        out.str(config.nodePrefix());                                       // 105
        out.u16(config.overTimeLimit());                                    // 106
        out.str(config.pluginDir());                                        // 107
        out.str(config.plugStack());                                        // 108
        out.str(config.powerParameters());                                  // 109
        out.str(config.powerPlugin());                                      // 110
        out.u16(config.preemptMode());                                      // 111
        out.str(config.preemptType());                                      // 112
        out.u32(config.preemptExemptTime());                                // 113
        out.str(config.prepParams());                                       // 114
        out.str(config.prepPlugins());                                      // 115
        out.u32(config.priorityDecayHl());                                  // 116
        out.u32(config.priorityCalcPeriod());                               // 117
        out.u16(config.priorityFavorSmall());                               // 118
        out.u16(config.priorityFlags());                                    // 119
        out.u32(config.priorityMaxAge());                                   // 120
        out.str(config.priorityParams());                                   // 121
        out.u16(config.priorityResetPeriod());                              // 122
        out.str(config.priorityType());                                     // 123
        out.u32(config.priorityWeightAge());                                // 124
        out.u32(config.priorityWeightAssoc());                              // 125
        out.u32(config.priorityWeightFs());                                 // 126
        out.u32(config.priorityWeightJs());                                 // 127
        out.u32(config.priorityWeightPart());                               // 128
        out.u32(config.priorityWeightQos());                                // 129
        out.str(config.priorityWeightTres());                               // 130
        out.u16(config.privateData());                                      // 131
        out.str(config.proctrackType());                                    // 132
        out.str(config.prolog());                                           // 133
        out.u16(config.prologEpilogTimeout());                              // 134
        out.str(config.prologSlurmctld());                                  // 135
        out.u16(config.prologFlags());                                      // 136
        out.u16(config.propagatePrioProcess());                             // 137
        out.str(config.propagateRlimits());                                 // 138
        out.str(config.propagateRlimitsExcept());                           // 139
        out.str(config.rebootProgram());                                    // 140
        out.u16(config.reconfigFlags());                                    // 141
        out.str(config.requeueExit());                                      // 142
        out.str(config.requeueExitHold());                                  // 143
        out.str(config.resumeFailProgram());                                // 144
        out.str(config.resumeProgram());                                    // 145
        out.u16(config.resumeRate());                                       // 146
        out.u16(config.resumeTimeout());                                    // 147
        out.str(config.resvEpilog());                                       // 148
        out.u16(config.resvOverRun());                                      // 149
        out.str(config.resvProlog());                                       // 150
        out.u16(config.ret2service());                                      // 151
        out.str(config.routePlugin());                                      // 152
        out.str(config.schedParams());                                      // 153
        out.str(config.schedLogfile());                                     // 154
        out.u16(config.schedLogLevel());                                    // 155
        out.u16(config.schedTimeSlice());                                   // 156
        out.str(config.schedType());                                        // 157
        out.str(config.scronParams());                                      // 158
        out.str(config.selectType());                                       // 159
        ConfigLists.writeKeyPairs(out, config.selectConfKeyPairs());        // 160
        out.u16(config.selectTypeParam());                                  // 161
        out.str(config.slurmConf());                                        // 162
        out.u32(config.slurmUserId());                                      // 163
        out.str(config.slurmUserName());                                    // 164
        out.u32(config.slurmdUserId());                                     // 165
        out.str(config.slurmdUserName());                                   // 166
        out.str(config.slurmctldAddr());                                    // 167
        out.u16(config.slurmctldDebug());                                   // 168
        out.str(config.slurmctldLogfile());                                 // 169
        out.str(config.slurmctldParams());                                  // 170
        out.str(config.slurmctldPidfile());                                 // 171
        out.str(config.slurmctldPlugstack());                               // 172
        ConfigLists.writePluginParams(out, config.slurmctldPlugstackConf());// 173
        out.u32(config.slurmctldPort());                                    // 174
        out.u16(config.slurmctldPortCount());                               // 175
        out.str(config.slurmctldPrimaryOffProg());                          // 176
        out.str(config.slurmctldPrimaryOnProg());                           // 177
        out.u16(config.slurmctldSyslogDebug());                             // 178
        out.u16(config.slurmctldTimeout());                                 // 179
        out.u16(config.slurmdDebug());                                      // 180
        out.str(config.slurmdLogfile());                                    // 181
        out.str(config.slurmdParams());                                     // 182
        out.str(config.slurmdPidfile());                                    // 183
        out.u32(config.slurmdPort());                                       // 184
        out.str(config.slurmdSpooldir());                                   // 185
        out.u16(config.slurmdSyslogDebug());                                // 186
        out.u16(config.slurmdTimeout());                                    // 187
        out.str(config.srunEpilog());                                       // 188
        out.u16(config.srunPortRangeStart());                               // 189
        out.u16(config.srunPortRangeEnd());                                 // 190
        out.str(config.srunProlog());                                       // 191
        out.str(config.stateSaveLocation());                                // 192
        out.str(config.suspendExcNodes());                                  // 193
        out.str(config.suspendExcParts());                                  // 194
        out.str(config.suspendProgram());                                   // 195
        out.u16(config.suspendRate());                                      // 196
        out.u32(config.suspendTime());                                      // 197
        out.u16(config.suspendTimeout());                                   // 198
        out.str(config.switchParam());                                      // 199
        out.str(config.switchType());                                       // 200
        out.str(config.taskEpilog());                                       // 201
        out.str(config.taskProlog());                                       // 202
        out.str(config.taskPlugin());                                       // 203
        out.u32(config.taskPluginParam());                                  // 204
        out.u16(config.tcpTimeout());                                       // 205
        out.str(config.tmpFs());                                            // 206
        out.str(config.topologyParam());                                    // 207
        out.str(config.topologyPlugin());                                   // 208
        out.u16(config.treeWidth());                                        // 209
        out.str(config.unkillableProgram());                                // 210
        out.u16(config.unkillableTimeout());                                // 211
        out.str(config.version());                                          // 212
        out.u16(config.vsizeFactor());                                      // 213
        out.u16(config.waitTime());                                         // 214
        out.str(config.x11Params());                                        // 215
    }
}
