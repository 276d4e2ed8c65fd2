package org.flurm.core.scheduler;

import java.util.EnumSet;
import java.util.Set;

/**
 * A node's state as SLURM reports it: one base state plus flags. The scheduler only asks one
 * question of it: may new work be placed on the node now.
 *
 * @param base  the base state (node_state {@code & 0xF})
 * @param flags the state flags that matter to scheduling
 */
public record NodeState(Base base, Set<Flag> flags) {

    /** SLURM's base node states. */
    public enum Base { UNKNOWN, DOWN, IDLE, ALLOCATED, MIXED, FUTURE }

    /** The node state flags that affect placement. */
    public enum Flag {
        /** Drained (idle) or draining (still running jobs): no new jobs. */
        DRAIN,
        FAIL,
        NOT_RESPONDING,
        POWERED_DOWN,
        POWERING_DOWN,
        POWERING_UP,
        REBOOT_ISSUED
    }

    public static final NodeState IDLE = new NodeState(Base.IDLE, Set.of());

    public NodeState {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** A state with the given base and flags. */
    public static NodeState of(Base base, Flag... flags) {
        return new NodeState(base, Set.of(flags));
    }

    /** Whether new jobs may be placed on the node. */
    // LIMIT: a POWERED_DOWN node is treated as unusable; SLURM would resume (boot) it for a job.
    public boolean schedulable() {
        boolean upBase = base == Base.IDLE || base == Base.ALLOCATED || base == Base.MIXED;
        return upBase && flags.isEmpty();
    }
}
