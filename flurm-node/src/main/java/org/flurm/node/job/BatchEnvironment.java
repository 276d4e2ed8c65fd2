package org.flurm.node.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flurm.protocol.message.slurmd.BatchJobLaunch;

/**
 * The environment a batch script starts with: what sbatch sent in the launch request, plus the
 * variables slurmd and slurmstepd add for the batch step (checked against the environment a
 * batch job sees under the real 22.05.8 slurmd), minus SLURM_UMASK and SLURM_RLIMIT_*, which
 * become the script's umask and resource limits instead.
 *
 * <p>SLURM_TASK_PID is not here: it is the script's own pid, which only the launching shell
 * knows (see {@link BatchLauncher}).
 */
public final class BatchEnvironment {

    private static final int NO_VAL = 0xFFFFFFFE;
    private static final long MEM_PER_CPU = 0x8000000000000000L;

    private BatchEnvironment() {
    }

    /**
     * Builds the environment.
     *
     * @param node           the NodeName of this node
     * @param clusterName    slurm.conf's ClusterName
     * @param workingCluster "cluster:controller:port:protocol:select plugin id", as the step
     *                       daemon sets SLURM_WORKING_CLUSTER
     * @param userName       the job's user
     */
    public static List<String> of(BatchJobLaunch launch, String node, String clusterName,
                                  String workingCluster, String userName) {
        final Map<String, String> env = new LinkedHashMap<>();
        if (launch.environment() != null) {
            for (String entry : launch.environment()) {
                final int eq = entry.indexOf('=');
                if (eq > 0) {
                    env.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
        }
        env.remove("SLURM_UMASK");
        env.keySet().removeIf(name -> name.startsWith(ResourceLimits.PREFIX));

        // what slurmd sets for every batch job (env_array_for_batch_job's list)
        final int nodeCount = nodeCount(launch);
        env.put("SLURM_CLUSTER_NAME", clusterName);
        env.put("SLURM_JOB_ID", Integer.toUnsignedString(launch.jobId()));
        env.put("SLURM_JOB_NUM_NODES", Integer.toString(nodeCount));
        if (launch.arrayTaskId() != NO_VAL) {
            env.put("SLURM_ARRAY_JOB_ID", Integer.toUnsignedString(launch.arrayJobId()));
            env.put("SLURM_ARRAY_TASK_ID", Integer.toUnsignedString(launch.arrayTaskId()));
        }
        env.put("SLURM_JOB_NODELIST", launch.nodes());
        env.put("SLURM_JOB_PARTITION", text(launch.partition()));
        env.put("SLURM_NODE_ALIASES", text(launch.aliasList()));
        env.put("SLURM_JOB_CPUS_PER_NODE", cpusPerNode(launch));
        env.put("ENVIRONMENT", "BATCH");
        env.put("HOSTNAME", node);
        env.put("SLURM_JOBID", Integer.toUnsignedString(launch.jobId()));
        env.put("SLURM_NNODES", Integer.toString(nodeCount));
        env.put("SLURM_NODELIST", launch.nodes());
        final int cpusPerTask = launch.cpusPerTask() == 0 || launch.cpusPerTask() == 0xFFFE
                ? 1 : launch.cpusPerTask();
        if (env.containsKey("SLURM_CPUS_PER_TASK")) {
            env.put("SLURM_CPUS_PER_TASK", Integer.toString(cpusPerTask));
        }
        if (launch.ntasks() != 0) {
            env.put("SLURM_NTASKS", Integer.toUnsignedString(launch.ntasks()));
            env.put("SLURM_NPROCS", Integer.toUnsignedString(launch.ntasks()));
        }
        env.put("SLURM_TASKS_PER_NODE", tasksPerNode(launch, cpusPerTask));
        if ((launch.pnMinMemory() & MEM_PER_CPU) != 0) {
            env.put("SLURM_MEM_PER_CPU", Long.toUnsignedString(launch.pnMinMemory()
                    & ~MEM_PER_CPU));
        } else if (launch.pnMinMemory() != 0) {
            env.put("SLURM_MEM_PER_NODE", Long.toUnsignedString(launch.pnMinMemory()));
        }
        putIfSet(env, "SLURM_JOB_ACCOUNT", launch.account());
        putIfSet(env, "SLURM_JOB_QOS", launch.qos());
        putIfSet(env, "SLURM_JOB_RESERVATION", launch.resvName());
        if (launch.restartCnt() > 0) {
            env.put("SLURM_RESTART_COUNT", Integer.toString(launch.restartCnt()));
        }

        // what the step daemon adds for the batch "task"
        env.put("SLURM_CPUS_ON_NODE", Integer.toString(cpusOnThisNode(launch)));
        env.put("SLURM_GTIDS", "0");
        env.put("SLURM_JOB_UID", Integer.toUnsignedString(launch.uid()));
        env.put("SLURM_JOB_GID", Integer.toUnsignedString(launch.gid()));
        env.put("SLURM_JOB_USER", userName);
        env.put("SLURM_LOCALID", "0");
        env.put("SLURM_NODEID", "0");
        env.put("SLURM_PROCID", "0");
        env.put("SLURM_TOPOLOGY_ADDR", node);
        env.put("SLURM_TOPOLOGY_ADDR_PATTERN", "node");
        env.put("SLURM_WORKING_CLUSTER", workingCluster);
        env.put("SLURMD_NODENAME", node);
        env.putIfAbsent("TMPDIR", "/tmp");

        final List<String> entries = new ArrayList<>(env.size());
        env.forEach((name, value) -> entries.add(name + "=" + value));
        return entries;
    }

    /** The umask the job asked for through SLURM_UMASK (octal), else 022. */
    public static String umask(BatchJobLaunch launch) {
        if (launch.environment() != null) {
            for (String entry : launch.environment()) {
                if (entry.startsWith("SLURM_UMASK=")) {
                    final String value = entry.substring("SLURM_UMASK=".length());
                    if (value.matches("[0-7]{1,4}")) {
                        return value;
                    }
                }
            }
        }
        return "0022";
    }

    static int nodeCount(BatchJobLaunch launch) {
        if (launch.cpuCountReps() == null || launch.cpuCountReps().length == 0) {
            return 1;
        }
        int count = 0;
        for (int reps : launch.cpuCountReps()) {
            count += reps;
        }
        return count;
    }

    static int cpusOnThisNode(BatchJobLaunch launch) {
        if (launch.cpusPerNode() == null || launch.cpusPerNode().length == 0) {
            return 1;
        }
        return launch.cpusPerNode()[0];
    }

    /** SLURM's compressed list: equal neighbours as "value(xcount)", joined by commas. */
    static String cpusPerNode(BatchJobLaunch launch) {
        if (launch.cpusPerNode() == null || launch.cpusPerNode().length == 0) {
            return "";
        }
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < launch.cpusPerNode().length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(launch.cpusPerNode()[i]);
            if (launch.cpuCountReps()[i] > 1) {
                out.append("(x").append(launch.cpuCountReps()[i]).append(')');
            }
        }
        return out.toString();
    }

    /**
     * Tasks per node of a block layout: each node in turn takes as many tasks as its CPUs
     * hold, the rest go round the nodes one by one.
     *
     * <p>LIMIT: SLURM_ARBITRARY_NODELIST and plane layouts are not followed.
     */
    static String tasksPerNode(BatchJobLaunch launch, int cpusPerTask) {
        final int nodes = nodeCount(launch);
        final int[] cpus = new int[nodes];
        int index = 0;
        if (launch.cpusPerNode() != null) {
            for (int g = 0; g < launch.cpusPerNode().length; g++) {
                for (int r = 0; r < launch.cpuCountReps()[g] && index < nodes; r++) {
                    cpus[index++] = launch.cpusPerNode()[g];
                }
            }
        }
        int tasks = launch.ntasks();
        if (tasks == 0) {
            for (int c : cpus) {
                tasks += c / cpusPerTask;
            }
        }
        final int[] perNode = new int[nodes];
        int left = tasks;
        for (int n = 0; n < nodes && left > 0; n++) {
            perNode[n] = Math.min(Math.max(cpus[n] / cpusPerTask, 0), left);
            left -= perNode[n];
        }
        for (int n = 0; left > 0; n = (n + 1) % nodes) {
            perNode[n]++;
            left--;
        }
        final StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < nodes) {
            int j = i;
            while (j + 1 < nodes && perNode[j + 1] == perNode[i]) {
                j++;
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(perNode[i]);
            if (j > i) {
                out.append("(x").append(j - i + 1).append(')');
            }
            i = j + 1;
        }
        return out.toString();
    }

    /** A string as SLURM's printf prints it: "(null)" for none. */
    private static String text(String value) {
        return value == null ? "(null)" : value;
    }

    private static void putIfSet(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }
}
