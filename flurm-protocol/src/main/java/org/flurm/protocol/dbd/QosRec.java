package org.flurm.protocol.dbd;

import java.util.List;

import org.flurm.protocol.pack.Bitmap;

/**
 * A QOS in the field order of the 22.05 slurmdb_pack_qos_rec. The doubles are plain values
 * (the wire carries them times 10^6); an unset threshold or factor is {@link #DOUBLE_INFINITE}.
 */
public record QosRec(String description, int id, int flags, int graceTime, String grpTresMins,
                     String grpTresRunMins, String grpTres, int grpJobs, int grpJobsAccrue,
                     int grpSubmitJobs, int grpWall, String maxTresMinsPj,
                     String maxTresRunMinsPa, String maxTresRunMinsPu, String maxTresPa,
                     String maxTresPj, String maxTresPn, String maxTresPu, int maxJobsPa,
                     int maxJobsPu, int maxJobsAccruePa, int maxJobsAccruePu, int minPrioThresh,
                     int maxSubmitJobsPa, int maxSubmitJobsPu, int maxWallPj, String minTresPj,
                     String name, Bitmap preemptBitstr, List<String> preemptList,
                     int preemptMode, int preemptExemptTime, int priority, double usageFactor,
                     double usageThres, double limitFactor) {

    /** INFINITE as a double, SLURM's "not set" for usage_thres and limit_factor. */
    public static final double DOUBLE_INFINITE = 4294967295.0;
    /** QOS_FLAG_NOTSET: flags left unchanged by a request. */
    public static final int FLAG_NOTSET = 0x10000000;
}
