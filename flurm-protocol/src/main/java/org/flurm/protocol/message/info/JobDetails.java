package org.flurm.protocol.message.info;

import org.flurm.protocol.pack.Bitmap;

/**
 * The part of a job record that comes from the job's request details (job fields #73 to #105,
 * written by the controller's {@code _pack_default_job_details} and
 * {@code _pack_pending_job_details}). u16 values are non-negative ints, u32 values raw ints.
 *
 * @param features {@code --constraint}; for a started job the features in use
 * @param prefer {@code --prefer}; null unless pending
 * @param command the batch script path or command line
 * @param numCpus CPUs requested (pending) or allocated
 * @param maxCpus 0 once allocated
 * @param numNodes nodes requested (pending) or allocated
 * @param maxNodes 0 once allocated
 * @param requeue 0/1
 * @param ntasksPerNode 0 = unset
 * @param numTasks NO_VAL = unknown
 * @param shared OverSubscribe: 0 exclusive, 1 yes, 2 user, 3 MCS, NO_VAL16 = not set
 * @param cpuFreqMin NO_VAL = not set (so for max and governor)
 * @param cronspec scrontab entry, null otherwise
 * @param coreSpec NO_VAL16 = not set
 * @param pnMinMemory MB; bit 63 ({@code MEM_PER_CPU}) set = per CPU, else per node
 * @param pnMinTmpDisk MB
 * @param reqNodeInx {@code reqNodes} as node-table indexes
 * @param stdErr null = the default file name
 * @param multiCore null when the job gave no layout (flag byte 0 on the wire)
 */
public record JobDetails(String features, String prefer, String clusterFeatures,
                         String workDir, String dependency, String command, int numCpus,
                         int maxCpus, int numNodes, int maxNodes, int requeue,
                         int ntasksPerNode, int ntasksPerTres, int numTasks, int shared,
                         int cpuFreqMin, int cpuFreqMax, int cpuFreqGov, String cronspec,
                         int contiguous, int coreSpec, int cpusPerTask, int pnMinCpus,
                         long pnMinMemory, int pnMinTmpDisk, String reqNodes,
                         Bitmap reqNodeInx, String excNodes, Bitmap excNodeInx, String stdErr,
                         String stdIn, String stdOut, MultiCore multiCore) {
}
