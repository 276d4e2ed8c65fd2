package org.flurm.protocol.dbd;

/** Rolled-up usage of one TRES by a whole cluster in one period. */
public record ClusterAccountingRec(long allocSecs, TresRec tres, long downSecs, long idleSecs,
                                   long overSecs, long pdownSecs, long periodStart,
                                   long planSecs) {
}
