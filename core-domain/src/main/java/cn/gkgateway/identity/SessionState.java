package cn.gkgateway.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * What a request with a session's token needs to know, read fresh (or from a cache of seconds):
 * whether the session and its account may still be used, and whether the token is current.
 */
public record SessionState(String sessionId, long accountId, Instant lastSeenAt, Instant endedAt, boolean enabled,
                           Instant lockedUntil, int tokenVersion, boolean mustChangePassword) {

    /** Why a token of this session no longer works, or {@link Verdict#VALID}. */
    public Verdict verdict(long tokenAccountId, int tokenVersionClaim, Instant now, Duration idleTimeout) {
        if (tokenAccountId != accountId || endedAt != null) {
            return Verdict.ENDED;
        }
        if (!enabled) {
            return Verdict.DISABLED;
        }
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return Verdict.LOCKED;
        }
        if (tokenVersionClaim != tokenVersion) {
            return Verdict.REVOKED;
        }
        if (lastSeenAt.plus(idleTimeout).isBefore(now)) {
            return Verdict.IDLE;
        }
        return Verdict.VALID;
    }

    public SessionState seenAt(Instant now) {
        return new SessionState(sessionId, accountId, now, endedAt, enabled, lockedUntil, tokenVersion, mustChangePassword);
    }

    /** The outcomes of the check, each with what the person is told. */
    public enum Verdict {
        VALID(null, null),
        ENDED("SESSION_ENDED", "您已退出登录，请重新登录"),
        DISABLED("ACCOUNT_DISABLED", "账号已停用，请联系管理员"),
        LOCKED("AUTH_ACCOUNT_LOCKED", "账号已锁定，请稍后再登录或联系管理员解锁"),
        REVOKED("SESSION_REVOKED", "账号信息或密码已变更，请重新登录"),
        IDLE("SESSION_IDLE_EXPIRED", "长时间未操作，登录已过期，请重新登录");

        private final String code;
        private final String message;

        Verdict(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }
}
