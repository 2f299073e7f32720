package cn.gkgateway.security;

import cn.gkgateway.identity.SessionState;
import org.springframework.security.core.AuthenticationException;

/** A well-signed token whose session or account no longer allows it; answered 401 with the verdict's code. */
class SessionRejectedException extends AuthenticationException {

    private final transient SessionState.Verdict verdict;

    SessionRejectedException(SessionState.Verdict verdict) {
        super(verdict.code());
        this.verdict = verdict;
    }

    SessionState.Verdict verdict() {
        return verdict;
    }
}
