package org.flurm.protocol.dbd;

/** Usage of one TRES by an association in one period (rolled-up usage, sreport). */
public record AccountingRec(long allocSecs, TresRec tres, int id, long periodStart) {
}
