package org.flurm.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flurm.config.flurm.FlurmConfig;
import org.junit.jupiter.api.Test;

class ScriptRetentionTest {

    private static final Instant ENDED = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aScriptIsKeptUntilTheRetentionHasPassedSinceTheJobEnded() {
        final Duration retention = Duration.ofDays(7);

        assertThat(policy(retention, ENDED.plus(retention).minusSeconds(1)).mayPurge(ENDED))
                .isFalse();
        assertThat(policy(retention, ENDED.plus(retention)).mayPurge(ENDED)).isTrue();
        assertThat(policy(retention, ENDED).purgeAt(ENDED))
                .isEqualTo(Instant.parse("2026-12-08T12:00:00Z"));
    }

    @Test
    void zeroRetentionPurgesAsSoonAsTheJobEnds() {
        assertThat(policy(Duration.ZERO, ENDED).mayPurge(ENDED)).isTrue();
        assertThat(policy(Duration.ZERO, ENDED.minusSeconds(1)).mayPurge(ENDED)).isFalse();
    }

    @Test
    void flurmConfDefaultKeepsScriptsSevenDays() {
        final ScriptRetention policy = ScriptRetention.of(FlurmConfig.defaults(),
                Clock.fixed(ENDED, ZoneOffset.UTC));

        assertThat(policy.purgeAt(ENDED)).isEqualTo(ENDED.plus(Duration.ofDays(7)));
    }

    private static ScriptRetention policy(Duration retention, Instant now) {
        return new ScriptRetention(retention, Clock.fixed(now, ZoneOffset.UTC));
    }
}
