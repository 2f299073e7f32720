package cn.gkgateway.identity;

import cn.gkgateway.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks a username and password. Five failures in a row lock the account for thirty
 * minutes; an unknown username answers exactly like a wrong password.
 */
@Service
public class SignInService {

    static final int MAX_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(30);

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    public SignInService(Accounts accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public SignInResult signIn(String username, String password) {
        var now = clock.instant();
        Optional<Account> found = accounts.findByUsername(username == null ? "" : username.strip());
        if (found.isEmpty()) {
            return new SignInResult.BadCredentials(MAX_ATTEMPTS - 1);
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            return new SignInResult.Locked(account.getLockedUntil());
        }
        if (password == null || !passwordEncoder.matches(password, account.getPasswordHash())) {
            account.recordFailure(now, MAX_ATTEMPTS, LOCK_DURATION);
            auditLog.record(account.asCaller(), "SIGN_IN_FAILED", "account", account.getId(), null);
            return account.isLockedAt(now)
                    ? new SignInResult.Locked(account.getLockedUntil())
                    : new SignInResult.BadCredentials(MAX_ATTEMPTS - account.getFailedAttempts());
        }
        account.recordSuccess();
        auditLog.record(account.asCaller(), "SIGN_IN", "account", account.getId(), null);
        return new SignInResult.SignedIn(account.asCaller());
    }
}
