package org.flurm.controller.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do what, as SLURM 22.05 decides it: anyone reads; users act on their own jobs;
 * root, SlurmUser and flurm.conf's Operators and Administrators act on every job; only root,
 * SlurmUser and Administrators change nodes, reconfigure or shut the controller down.
 */
public final class Permissions {

    private final int slurmUserId;
    private final Set<Integer> administrators;
    private final Set<Integer> operators;

    public Permissions(int slurmUserId, Set<Integer> administrators, Set<Integer> operators) {
        this.slurmUserId = slurmUserId;
        this.administrators = Set.copyOf(administrators);
        this.operators = Set.copyOf(operators);
    }

    /** Resolves flurm.conf's user names; a name that does not resolve grants nothing. */
    public static Permissions resolve(int slurmUserId, List<String> administrators,
                                      List<String> operators, UserDirectory users) {
        final Set<Integer> admins = new HashSet<>();
        administrators.forEach(name -> users.uidOf(name).ifPresent(admins::add));
        final Set<Integer> ops = new HashSet<>();
        operators.forEach(name -> users.uidOf(name).ifPresent(ops::add));
        return new Permissions(slurmUserId, admins, ops);
    }

    public int slurmUserId() {
        return slurmUserId;
    }

    /** Root, SlurmUser or an Administrator: may change nodes and the controller. */
    public boolean isAdministrator(int uid) {
        return uid == 0 || uid == slurmUserId || administrators.contains(uid);
    }

    /** An administrator or an Operator: may act on every job. */
    public boolean isOperator(int uid) {
        return isAdministrator(uid) || operators.contains(uid);
    }

    /** Whether {@code uid} may change the job owned by {@code ownerUid}. */
    public boolean mayActOnJob(int uid, int ownerUid) {
        return uid == ownerUid || isOperator(uid);
    }
}
