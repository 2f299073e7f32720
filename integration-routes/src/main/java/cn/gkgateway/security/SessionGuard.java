package cn.gkgateway.security;

import cn.gkgateway.identity.SessionState;
import cn.gkgateway.identity.SignInSessions;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks on every request that a token's session is open, not idle, and that its account is
 * enabled, not locked and still at the token's version. What it reads is kept for
 * {@code gk.sign-in.state-cache-ttl} (seconds), so a change made on any instance ends the
 * account's tokens everywhere within that time; a session in use is renewed at most every
 * {@code gk.sign-in.touch-interval}.
 */
@Component
@EnableConfigurationProperties(SignInProperties.class)
public class SessionGuard {

    private final SignInSessions sessions;
    private final SignInProperties properties;
    private final Clock clock;
    private final Cache<String, SessionState> states;

    public SessionGuard(SignInSessions sessions, SignInProperties properties, Clock clock) {
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
        this.states = Caffeine.newBuilder().expireAfterWrite(properties.stateCacheTtl()).maximumSize(100_000).build();
    }

    /** The session's state if a token of {@code accountId} with these claims may be used now; otherwise a 401 with the reason. */
    SessionState check(long accountId, TokenService.SessionClaims claims) {
        Instant now = clock.instant();
        SessionState state = states.getIfPresent(claims.sessionId());
        if (state == null) {
            state = sessions.stateOf(claims.sessionId()).orElse(null);
            if (state == null) {
                throw new SessionRejectedException(SessionState.Verdict.ENDED);
            }
            states.put(claims.sessionId(), state);
        }
        SessionState.Verdict verdict = state.verdict(accountId, claims.tokenVersion(), now, properties.idleTimeout());
        if (verdict != SessionState.Verdict.VALID) {
            throw new SessionRejectedException(verdict);
        }
        if (Duration.between(state.lastSeenAt(), now).compareTo(properties.touchInterval()) >= 0) {
            sessions.touch(claims.sessionId(), now);
            states.put(claims.sessionId(), state.seenAt(now));
        }
        return state;
    }

    /** Forgets what this instance knows about a session, e.g. after logout. */
    public void forgetSession(String sessionId) {
        states.invalidate(sessionId);
    }

    /** Forgets what this instance knows about an account's sessions, so that a change made here applies at once. */
    public void forgetAccount(long accountId) {
        states.asMap().values().removeIf(state -> state.accountId() == accountId);
    }
}
