package org.flurm.security.secrets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.flurm.config.flurm.FlurmConfig;

/**
 * When a finished job's stored script (and sealed environment) may be purged: once
 * flurm.conf's ScriptRetention has passed since the job ended; with a retention of 0, as
 * soon as it ends. The controller asks only about jobs that have ended.
 */
public final class ScriptRetention {

    private final Duration retention;
    private final Clock clock;

    public ScriptRetention(Duration retention, Clock clock) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative: " + retention);
        }
        this.retention = retention;
        this.clock = clock;
    }

    /** The policy flurm.conf configures. */
    public static ScriptRetention of(FlurmConfig config, Clock clock) {
        return new ScriptRetention(config.scriptRetention(), clock);
    }

    /** The moment a job that ended at {@code ended} becomes purgeable. */
    public Instant purgeAt(Instant ended) {
        return ended.plus(retention);
    }

    /** Whether the script of a job that ended at {@code ended} may be purged now. */
    public boolean mayPurge(Instant ended) {
        return !clock.instant().isBefore(purgeAt(ended));
    }
}
