package cn.gkgateway.security;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.PasswordPolicy;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.Role;
import cn.gkgateway.identity.UsernameRules;
import cn.gkgateway.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator, from {@code gk.bootstrap.admin.username} / {@code .password}
 * ({@code GK_ADMIN_USERNAME} / {@code GK_ADMIN_PASSWORD}): created at start-up when no
 * administrator exists, without an organisation, and must change the password at first sign-in.
 * Does nothing on later starts; two instances starting at once create one account (unique username).
 * A username or password that breaks the rules stops the start with a message naming the variable.
 */
@Component
@EnableConfigurationProperties(AdminBootstrap.Settings.class)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Settings settings;
    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;

    private final PersonalDataProtector protector;

    public AdminBootstrap(Settings settings, Accounts accounts, PasswordEncoder passwordEncoder, AuditLog auditLog,
                          TransactionTemplate transaction) {
        this(settings, accounts, passwordEncoder, auditLog, transaction, null);
    }

    /** With {@code protector}, a configured {@code GK_ADMIN_PHONE} is registered for the SMS second factor. */
    @org.springframework.beans.factory.annotation.Autowired
    public AdminBootstrap(Settings settings, Accounts accounts, PasswordEncoder passwordEncoder, AuditLog auditLog,
                          TransactionTemplate transaction, PersonalDataProtector protector) {
        this.protector = protector;
        this.settings = settings;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.transaction = transaction;
    }

    /** @param phone the administrator's mobile phone for the SMS second factor (GK_ADMIN_PHONE); optional */
    @ConfigurationProperties("gk.bootstrap.admin")
    public record Settings(String username, String password, String phone) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        if (settings.username() == null || settings.username().isBlank()) {
            log.info("no administrator account yet: set GK_ADMIN_USERNAME and GK_ADMIN_PASSWORD to create the first one"
                    + " (with demo data, the demo loader creates one)");
            return;
        }
        String username;
        try {
            username = UsernameRules.requireValid(settings.username());
            PasswordPolicy.check(username, settings.password(), "password");
        } catch (DomainException e) {
            throw new IllegalStateException("GK_ADMIN_USERNAME / GK_ADMIN_PASSWORD (gk.bootstrap.admin.*) break the rules: "
                    + e.getMessage());
        }
        String hash = passwordEncoder.encode(settings.password());
        try {
            transaction.executeWithoutResult(status -> {
                Account created = new Account(username, "系统管理员", hash, Role.ADMIN, null, null).requiringPasswordChange();
                if (protector != null && settings.phone() != null && !settings.phone().isBlank()) {
                    created.registerPhone(PhoneNumber.parse(settings.phone(), "GK_ADMIN_PHONE"), protector);
                }
                Account admin = accounts.saveAndFlush(created);
                auditLog.record(admin.asCaller(), "ADMIN_BOOTSTRAPPED", "account", admin.getId(), "首个系统管理员（由环境变量创建）");
            });
            log.info("first administrator '{}' created; the password must be changed at first sign-in", username);
        } catch (DataIntegrityViolationException createdByAnotherInstance) {
            log.info("first administrator '{}' already created by another instance", username);
        }
    }
}
