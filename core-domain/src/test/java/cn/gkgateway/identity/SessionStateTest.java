package cn.gkgateway.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStateTest {

    private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(30);

    private static SessionState state(Instant lastSeen, Instant ended, boolean enabled, Instant lockedUntil, int version) {
        return new SessionState("s", 7L, lastSeen, ended, enabled, lockedUntil, version, false);
    }

    @Test
    void aCurrentTokenOfAnOpenRecentSessionIsValid() {
        assertThat(state(NOW.minus(Duration.ofMinutes(29)), null, true, null, 3).verdict(7L, 3, NOW, IDLE)).isEqualTo(SessionState.Verdict.VALID);
        assertThat(state(NOW, null, true, NOW.minusSeconds(1), 3).verdict(7L, 3, NOW, IDLE)).as("a lock that has run out")
                .isEqualTo(SessionState.Verdict.VALID);
    }

    @Test
    void eachReasonToRefuseIsNamed() {
        assertThat(state(NOW, NOW, true, null, 3).verdict(7L, 3, NOW, IDLE)).isEqualTo(SessionState.Verdict.ENDED);
        assertThat(state(NOW, null, true, null, 3).verdict(8L, 3, NOW, IDLE)).as("another account's session").isEqualTo(SessionState.Verdict.ENDED);
        assertThat(state(NOW, null, false, null, 3).verdict(7L, 3, NOW, IDLE)).isEqualTo(SessionState.Verdict.DISABLED);
        assertThat(state(NOW, null, true, NOW.plusSeconds(60), 4).verdict(7L, 3, NOW, IDLE)).isEqualTo(SessionState.Verdict.LOCKED);
        assertThat(state(NOW, null, true, null, 4).verdict(7L, 3, NOW, IDLE)).isEqualTo(SessionState.Verdict.REVOKED);
        assertThat(state(NOW.minus(Duration.ofMinutes(31)), null, true, null, 3).verdict(7L, 3, NOW, IDLE)).isEqualTo(SessionState.Verdict.IDLE);
    }
}
