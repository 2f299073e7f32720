package cn.gkgateway.identity;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.shared.DomainException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.Clock;

/**
 * A signed-in person sets their own mobile phone (个人设置): an SMS code sent to the new phone proves
 * it is theirs, and console accounts also give their password (a wrong one counts as a failed
 * sign-in). Stored encrypted with a keyed hash, shown masked, audited with the masked numbers only.
 * An applicant's phone signs them in by SMS code, so two applicants cannot share one.
 */
@Service
public class PhoneChanges {

    private final Accounts accounts;
    private final VerificationCodes codes;
    private final PersonalDataProtector protector;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final SignInSessions sessions;
    private final Clock clock;

    public PhoneChanges(Accounts accounts, VerificationCodes codes, PersonalDataProtector protector, PasswordEncoder passwordEncoder,
                        AuditLog auditLog, TransactionTemplate transaction, SignInSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.codes = codes;
        this.protector = protector;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The caller's phone as shown ({@code 138****1234}, null when none) and whether changing it asks for the password. */
    public record OwnPhone(String phoneMasked, boolean passwordRequired) {
    }

    public OwnPhone show(Caller caller) {
        Account account = account(caller);
        return new OwnPhone(account.getPhoneMasked(), passwordRequired(account));
    }

    /**
     * Sends a code to the new phone (limited per phone and per client address as every code request).
     *
     * @return the new phone, masked
     */
    public String requestCode(Caller caller, String phone, String clientAddress) {
        account(caller);
        PhoneNumber number = PhoneNumber.parse(phone, "phone");
        codes.request(CodePurpose.PHONE_CHANGE, number, clientAddress, true);
        return number.masked();
    }

    /**
     * Sets the proven phone (kept over the government-service login's from now on) and ends the holder's other sign-in
     * sessions; {@code currentSessionId} stays signed in. Refusals: PASSWORD_CURRENT_WRONG, SMS_CODE_*, PHONE_UNCHANGED,
     * PHONE_IN_USE.
     */
    public OwnPhone change(Caller caller, String currentSessionId, String phone, String code, String password) {
        Account account = account(caller);
        PhoneNumber number = PhoneNumber.parse(phone, "phone");
        Instant now = clock.instant();
        if (passwordRequired(account) && (password == null || !passwordEncoder.matches(password, account.getPasswordHash()))) {
            transaction.executeWithoutResult(status -> {
                accounts.countFailure(account.getId(), SignInService.MAX_ATTEMPTS, now, now.plus(SignInService.LOCK_DURATION));
                auditLog.recordRefusal(caller, "PHONE_CHANGE_REFUSED", "account", account.getId(), "密码不正确");
            });
            throw DomainException.invalid("PASSWORD_CURRENT_WRONG", "password", "当前密码不正确");
        }
        String hash = protector.hash(number.value());
        if (hash.equals(account.getPhoneHash())) {
            throw DomainException.invalid("PHONE_UNCHANGED", "phone", "新手机号与当前手机号相同");
        }
        codes.check(CodePurpose.PHONE_CHANGE, number.value(), code).orThrow();
        return transaction.execute(status -> {
            if (account.getRole() == Role.APPLICANT && accounts.findByPhoneHashAndRole(hash, Role.APPLICANT).stream()
                    .anyMatch(other -> !other.getId().equals(account.getId()))) {
                throw new DomainException(DomainException.Kind.CONFLICT, "PHONE_IN_USE",
                        "该手机号已关联其他申报人账号，请更换手机号或联系当地工考办");
            }
            Account fresh = accounts.findById(account.getId()).orElseThrow();
            String before = fresh.getPhoneMasked();
            fresh.proveOwnPhone(number, protector, now);
            accounts.saveAndFlush(fresh);
            int ended = sessions.endOthers(fresh.getId(), currentSessionId, now);
            auditLog.record(caller, "PHONE_CHANGED", "account", fresh.getId(),
                    "本人更换手机号：" + (before == null ? "未登记" : before) + " → " + number.masked()
                            + (ended > 0 ? "；其他" + ended + "处登录已退出" : ""));
            return new OwnPhone(fresh.getPhoneMasked(), passwordRequired(fresh));
        });
    }

    private Account account(Caller caller) {
        return accounts.findById(caller.accountId())
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHENTICATED, "AUTH_REQUIRED", "请先登录"));
    }

    /** Console accounts confirm with their password; applicants (often signed in by the provincial login, without one) do not. */
    private static boolean passwordRequired(Account account) {
        return account.getRole() != Role.APPLICANT;
    }
}
