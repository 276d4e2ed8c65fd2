package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_COMPLETE_BATCH_SCRIPT (5018): slurmstepd tells slurmctld the batch script ended.
 *
 * @param jobacct  null when no accounting was gathered (JobAcctGatherType=none)
 * @param jobRc    the script's wait status: exit code shifted left by 8, or the signal
 * @param slurmRc  a SLURM error that kept the script from running, else 0
 */
public record CompleteBatchScript(JobAccounting jobacct, int jobId, int jobRc, int slurmRc,
                                  int userId, String nodeName) implements MessageBody {
}
