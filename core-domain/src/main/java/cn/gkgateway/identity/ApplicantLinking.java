package cn.gkgateway.identity;

import cn.gkgateway.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

/**
 * Links a person signed in by the government-service login to their APPLICANT account by the keyed
 * hash of the ID number: the first sign-in creates the account (no usable password: they sign in
 * through the provider or by SMS code); later ones refresh the phone the provider vouches for, unless the person has
 * since set and proven a phone of their own in 个人设置 (that one is kept).
 * Roster entries and declarations carry the same hash, so they are found from the account.
 */
@Service
public class ApplicantLinking {

    private final Accounts accounts;
    private final PersonalDataProtector protector;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;

    public ApplicantLinking(Accounts accounts, PersonalDataProtector protector, PasswordEncoder passwordEncoder, AuditLog auditLog,
                            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.protector = protector;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.transaction = transaction;
    }

    /** The applicant account of this person, created at their first sign-in. */
    public long link(GovernmentIdentity identity) {
        String personHash = protector.hash(identity.idNumber().value());
        String unusablePassword = passwordEncoder.encode(UUID.randomUUID().toString());
        return transaction.execute(status -> {
            Account account = accounts.findByPersonIdHashAndRole(personHash, Role.APPLICANT).stream().findFirst().orElse(null);
            boolean created = account == null;
            if (created) {
                account = new Account("gov_" + personHash.substring(0, 16), identity.name(), unusablePassword, Role.APPLICANT, null, personHash);
            }
            if (identity.phone() != null) {
                account.offerProviderPhone(identity.phone(), protector);
            }
            account = accounts.saveAndFlush(account);
            if (created) {
                auditLog.record(account.asCaller(), "APPLICANT_LINKED", "account", account.getId(), "政务服务网首次登录 " + identity.idNumber());
            }
            return account.getId();
        });
    }
}
