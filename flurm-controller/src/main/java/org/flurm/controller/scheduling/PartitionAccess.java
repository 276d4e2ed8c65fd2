package org.flurm.controller.scheduling;

import java.util.Optional;
import java.util.OptionalInt;

import org.flurm.controller.security.UserDirectory;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Partition;
import org.flurm.core.command.ErrorCodes;

/**
 * Who may submit to a partition, checked before a job is created as slurmctld does: RootOnly
 * partitions take jobs from root (and SlurmUser) only, AllowGroups from members of the listed
 * groups only. Hidden partitions take anyone's jobs; DRAIN and INACTIVE ones are refused by
 * the scheduler library's submit check.
 *
 * <p>LIMIT: AllowAccounts, DenyAccounts, AllowQos and DenyQos are not checked. Without an
 * accounting daemon the real slurmctld accepts such jobs and leaves them pending (an unknown
 * account never matches AllowAccounts); FLURM accepts them and lets them be scheduled.
 */
public final class PartitionAccess {

    private final UserDirectory users;
    private final int slurmUserId;

    public PartitionAccess(UserDirectory users, int slurmUserId) {
        this.users = users;
        this.slurmUserId = slurmUserId;
    }

    /**
     * The SLURM error number refusing user {@code uid} a submission to {@code partitionName}
     * (null for the default partition), or empty when it may or the partition does not exist
     * (the submission is then refused for that).
     */
    public OptionalInt refusal(ClusterSnapshot state, String partitionName, int uid) {
        final Optional<Partition> found = partitionName == null ? state.defaultPartition()
                : state.partition(partitionName);
        if (found.isEmpty()) {
            return OptionalInt.empty();
        }
        final Partition partition = found.get();
        final boolean superUser = uid == 0 || uid == slurmUserId;
        if ((partition.flags() & Partition.FLAG_ROOT_ONLY) != 0 && !superUser) {
            return OptionalInt.of(ErrorCodes.ESLURM_ACCESS_DENIED);
        }
        if (partition.allowGroups() != null && !superUser && !inAnyGroup(uid,
                partition.allowGroups())) {
            return OptionalInt.of(ErrorCodes.ESLURM_JOB_MISSING_REQUIRED_PARTITION_GROUP);
        }
        return OptionalInt.empty();
    }

    /**
     * Whether {@code sinfo} without {@code -a} lists the partition to user {@code uid}:
     * operators see every partition, others neither Hidden ones nor those whose AllowGroups
     * leaves them out.
     */
    public boolean isVisible(Partition partition, int uid, boolean operator) {
        if (operator || uid == 0 || uid == slurmUserId) {
            return true;
        }
        if ((partition.flags() & Partition.FLAG_HIDDEN) != 0) {
            return false;
        }
        return partition.allowGroups() == null || inAnyGroup(uid, partition.allowGroups());
    }

    private boolean inAnyGroup(int uid, String groups) {
        for (String group : groups.split(",")) {
            if (users.isMember(uid, group.strip())) {
                return true;
            }
        }
        return false;
    }
}
