package cn.gkgateway.identity;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.shared.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a username and password and opens a {@link SignInSession}. Five failures in a row lock
 * the name for thirty minutes, counted by single-statement updates so that parallel guesses get no
 * more tries; BCrypt runs outside any database transaction. An unknown username costs the same
 * BCrypt check (against a dummy hash), is counted and locked the same way, and gets the same answers.
 */
@Service
public class SignInService {

    public static final int MAX_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(30);
    /** Sessions unused this long (far beyond any idle timeout) are deleted at the account's next sign-in. */
    static final Duration SESSION_RETENTION = Duration.ofDays(7);

    private final Accounts accounts;
    private final SignInThrottles throttles;
    private final SignInSessions sessions;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecondFactorPolicy secondFactor;
    private final String dummyHash;

    public SignInService(Accounts accounts, SignInThrottles throttles, SignInSessions sessions, PasswordEncoder passwordEncoder,
                         AuditLog auditLog, TransactionTemplate transaction, Clock clock, SecondFactorPolicy secondFactor) {
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.throttles = throttles;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.clock = clock;
        this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    public SignInResult signIn(String username, String password) {
        Instant now = clock.instant();
        String name = UsernameRules.normalise(username);
        Optional<Account> found = accounts.findByUsername(name);
        boolean matches = passwordEncoder.matches(password == null ? "" : password,
                found.map(Account::getPasswordHash).orElse(dummyHash));
        if (found.isEmpty()) {
            return unknownNameFailure(name, now);
        }
        long accountId = found.get().getId();
        return matches ? success(accountId, now) : failure(accountId, now);
    }

    /** Ends the session of a token (logout). */
    public void signOut(String sessionId) {
        sessions.end(sessionId, clock.instant());
    }

    /**
     * The holder changes their password (also the forced change after a reset). All earlier tokens
     * end; the answer is a fresh session for the caller. A wrong current password counts as a failed sign-in.
     */
    public SignInResult.SignedIn changePassword(Caller caller, String currentSessionId, String currentPassword, String newPassword) {
        Account account = accounts.findById(caller.accountId())
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHENTICATED, "AUTH_REQUIRED", "请先登录"));
        Instant now = clock.instant();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            failure(account.getId(), now);
            throw DomainException.invalid("PASSWORD_CURRENT_WRONG", "currentPassword", "当前密码不正确");
        }
        PasswordPolicy.check(account.getUsername(), newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw DomainException.invalid("PASSWORD_UNCHANGED", "newPassword", "新密码不能与当前密码相同");
        }
        String newHash = passwordEncoder.encode(newPassword);
        return transaction.execute(status -> {
            Account fresh = accounts.findById(account.getId()).orElseThrow();
            fresh.changePassword(newHash);
            accounts.saveAndFlush(fresh);
            if (currentSessionId != null) {
                sessions.end(currentSessionId, now);
            }
            auditLog.record(fresh.asCaller(), "PASSWORD_CHANGED", "account", fresh.getId(), null);
            return open(fresh, now);
        });
    }

    /**
     * Sets the password the holder chose after proving their phone by SMS code (forgotten password):
     * ends all tokens and any lock; the holder signs in again with the new password.
     */
    public void resetForgottenPassword(long accountId, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        PasswordPolicy.check(account.getUsername(), newPassword, "newPassword");
        String newHash = passwordEncoder.encode(newPassword);
        transaction.executeWithoutResult(status -> {
            Account fresh = accounts.findById(accountId).orElseThrow();
            fresh.changePassword(newHash);
            fresh.unlock();
            accounts.saveAndFlush(fresh);
            auditLog.record(fresh.asCaller(), "PASSWORD_RESET_BY_SMS", "account", fresh.getId(), null);
        });
    }

    private SignInResult success(long accountId, Instant now) {
        return transaction.execute(status -> {
            if (accounts.clearFailures(accountId, now) == 0) {
                return new SignInResult.Locked(accounts.findById(accountId).orElseThrow().getLockedUntil());
            }
            Account account = accounts.findById(accountId).orElseThrow();
            if (!account.isEnabled()) {
                auditLog.record(account.asCaller(), "SIGN_IN_DISABLED", "account", accountId, null);
                return new SignInResult.Disabled();
            }
            if (secondFactor.requiredFor(account.getRole())) {
                auditLog.record(account.asCaller(), "SIGN_IN_PASSWORD_ACCEPTED", "account", accountId, "待短信验证码");
                return new SignInResult.SecondFactorRequired(account.asCaller(), account.getTokenVersion(), account.getPhoneMasked());
            }
            auditLog.record(account.asCaller(), "SIGN_IN", "account", accountId, null);
            return open(account, now);
        });
    }

    /**
     * Opens the session of an account whose second factor (or SMS code sign-in) was just proven.
     * {@code tokenVersion} is the version seen when the first factor was checked (null: none): a lock,
     * disable or password change since then refuses the sign-in.
     */
    public Optional<SignInResult.SignedIn> signInVerified(long accountId, Integer tokenVersion, String how) {
        Instant now = clock.instant();
        return transaction.execute(status -> {
            Account account = accounts.findById(accountId).orElse(null);
            if (account == null || !account.isUsableAt(now) || (tokenVersion != null && tokenVersion != account.getTokenVersion())) {
                return Optional.<SignInResult.SignedIn>empty();
            }
            auditLog.record(account.asCaller(), "SIGN_IN", "account", accountId, how);
            return Optional.of(open(account, now));
        });
    }

    private SignInResult.SignedIn open(Account account, Instant now) {
        sessions.purge(account.getId(), now.minus(SESSION_RETENTION));
        SignInSession session = sessions.save(new SignInSession(UUID.randomUUID().toString(), account.getId(), now));
        return new SignInResult.SignedIn(account.asCaller(), session.getId(), account.getTokenVersion(), account.isMustChangePassword());
    }

    private SignInResult failure(long accountId, Instant now) {
        return transaction.execute(status -> {
            int counted = accounts.countFailure(accountId, MAX_ATTEMPTS, now, now.plus(LOCK_DURATION));
            Account account = accounts.findById(accountId).orElseThrow();
            if (counted == 0) {
                return new SignInResult.Locked(account.getLockedUntil());
            }
            auditLog.record(account.asCaller(), "SIGN_IN_FAILED", "account", accountId, null);
            if (account.isLockedAt(now)) {
                auditLog.record(account.asCaller(), "ACCOUNT_LOCKED", "account", accountId, "连续" + MAX_ATTEMPTS + "次密码错误");
                return new SignInResult.Locked(account.getLockedUntil());
            }
            return new SignInResult.BadCredentials(MAX_ATTEMPTS - account.getFailedAttempts());
        });
    }

    private SignInResult unknownNameFailure(String name, Instant now) {
        String hash = UsernameRules.hashOf(name);
        // twice at most: the purge may delete an old counter between its creation check and the count
        for (int round = 0; round < 2; round++) {
            if (!throttles.existsById(hash)) {
                try {
                    transaction.executeWithoutResult(status -> throttles.saveAndFlush(new SignInThrottle(hash, 0)));
                } catch (DataIntegrityViolationException alreadyInsertedByAParallelAttempt) {
                    // the row exists now, which is all that is needed
                }
            }
            SignInResult result = transaction.execute(status -> {
                int counted = throttles.countFailure(hash, MAX_ATTEMPTS, now, now.plus(LOCK_DURATION));
                SignInThrottle throttle = throttles.findById(hash).orElse(null);
                if (throttle == null) {
                    return null;
                }
                if (counted == 0 || (throttle.getLockedUntil() != null && throttle.getLockedUntil().isAfter(now))) {
                    return new SignInResult.Locked(throttle.getLockedUntil());
                }
                return new SignInResult.BadCredentials(MAX_ATTEMPTS - throttle.getFailedAttempts());
            });
            if (result != null) {
                return result;
            }
        }
        return new SignInResult.BadCredentials(MAX_ATTEMPTS - 1);
    }
}
