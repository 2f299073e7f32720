package cn.gkgateway.accounts;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.PasswordPolicy;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.Role;
import cn.gkgateway.identity.UsernameRules;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.shared.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Organisation accounts managed by the administrator (all of them) and exam offices (those of
 * organisations in their region, never administrators). Every change is audited, without secrets;
 * a change of role, organisation, password or a disable ends the account's tokens.
 */
@Service
public class AccountAdministration {

    private static final int MAX_DISPLAY_NAME = 30;

    private final Accounts accounts;
    private final Organisations organisations;
    private final AccountScope scope;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final PersonalDataProtector protector;

    public AccountAdministration(Accounts accounts, Organisations organisations, AccountScope scope, PasswordEncoder passwordEncoder,
                                 AuditLog auditLog, Clock clock, PersonalDataProtector protector) {
        this.protector = protector;
        this.accounts = accounts;
        this.organisations = organisations;
        this.scope = scope;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AccountView> search(Caller actor, Long organisationId, Role role, AccountStatus status, String name, Pageable pageable) {
        AccountScope.Limits limits = scope.limitsOf(actor);
        String pattern = name == null || name.isBlank() ? null
                : name.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        Page<Account> found = accounts.search(limits.regionPrefix(), limits.excludedRole(), organisationId, role, pattern,
                status == null ? null : status.name(), clock.instant(), pageable);
        Map<Long, String> names = organisations.findAllById(found.getContent().stream().map(Account::getOrganisationId)
                        .filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        return found.map(account -> view(account, names::get));
    }

    @Transactional
    public AccountChange create(Caller actor, CreateAccount command) {
        String username = UsernameRules.requireValid(command.username());
        String displayName = requireDisplayName(command.displayName());
        Organisation organisation = scope.assignableOrganisation(actor, command.role(), command.organisationId());
        if (accounts.existsByUsername(username)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "USERNAME_TAKEN", "用户名已被使用，请换一个",
                    List.of(new DomainException.FieldProblem("username", "用户名已被使用，请换一个")));
        }
        String password = passwordOrTemporary(username, command.password());
        Account account = accounts.save(new Account(username, displayName, passwordEncoder.encode(password), command.role(),
                organisation == null ? null : organisation.getId(), null).requiringPasswordChange());
        auditLog.record(actor, "ACCOUNT_CREATED", "account", account.getId(),
                "用户名 " + username + "，角色 " + command.role().displayName() + "，单位 " + (organisation == null ? "无" : organisation.getName()));
        return new AccountChange(view(account, organisations::nameOf), shownOnce(command.password(), password));
    }

    @Transactional
    public AccountView disable(Caller actor, long accountId) {
        Account account = scope.manageable(actor, accountId);
        refuseSelf(actor, account);
        account.disable();
        auditLog.record(actor, "ACCOUNT_DISABLED", "account", accountId, account.getUsername());
        return view(account, organisations::nameOf);
    }

    @Transactional
    public AccountView enable(Caller actor, long accountId) {
        Account account = scope.manageable(actor, accountId);
        account.enable();
        auditLog.record(actor, "ACCOUNT_ENABLED", "account", accountId, account.getUsername());
        return view(account, organisations::nameOf);
    }

    @Transactional
    public AccountView unlock(Caller actor, long accountId) {
        Account account = scope.manageable(actor, accountId);
        account.unlock();
        auditLog.record(actor, "ACCOUNT_UNLOCKED", "account", accountId, account.getUsername());
        return view(account, organisations::nameOf);
    }

    /** Sets a new password (given, or generated and shown once) that the holder must change at the next sign-in. */
    @Transactional
    public AccountChange resetPassword(Caller actor, long accountId, String newPassword) {
        Account account = scope.manageable(actor, accountId);
        String password = passwordOrTemporary(account.getUsername(), newPassword);
        account.resetPassword(passwordEncoder.encode(password));
        auditLog.record(actor, "ACCOUNT_PASSWORD_RESET", "account", accountId, account.getUsername());
        return new AccountChange(view(account, organisations::nameOf), shownOnce(newPassword, password));
    }

    /** Registers the holder's mobile phone (SMS codes, the second factor, password reset); stored encrypted, shown masked. */
    @Transactional
    public AccountView registerPhone(Caller actor, long accountId, String phone) {
        Account account = scope.manageable(actor, accountId);
        PhoneNumber number = PhoneNumber.parse(phone, "phone");
        account.registerPhone(number, protector);
        auditLog.record(actor, "ACCOUNT_PHONE_SET", "account", accountId, account.getUsername() + " " + number);
        return view(account, organisations::nameOf);
    }

    /** Gives the account another role and organisation (the role must fit the organisation's kind). */
    @Transactional
    public AccountView assign(Caller actor, long accountId, Role role, Long organisationId) {
        Account account = scope.manageable(actor, accountId);
        refuseSelf(actor, account);
        Organisation organisation = scope.assignableOrganisation(actor, role, organisationId);
        String before = account.getRole().displayName() + "/" + organisations.nameOf(account.getOrganisationId());
        account.assign(role, organisation == null ? null : organisation.getId());
        auditLog.record(actor, "ACCOUNT_ROLE_CHANGED", "account", accountId,
                before + " → " + role.displayName() + "/" + (organisation == null ? "无" : organisation.getName()));
        return view(account, organisations::nameOf);
    }

    private String passwordOrTemporary(String username, String given) {
        if (given == null || given.isEmpty()) {
            return TemporaryPasswords.generate();
        }
        PasswordPolicy.check(username, given, "password");
        return given;
    }

    private static String shownOnce(String given, String password) {
        return given == null || given.isEmpty() ? password : null;
    }

    private static void refuseSelf(Caller actor, Account account) {
        if (account.getId() == actor.accountId()) {
            throw DomainException.conflict("ACCOUNT_SELF_CHANGE", "不能停用本人账号或更改本人角色");
        }
    }

    private static String requireDisplayName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("DISPLAY_NAME_INVALID", "displayName", "请填写姓名（不超过" + MAX_DISPLAY_NAME + "个字）");
        }
        return name;
    }

    private AccountView view(Account account, Function<Long, String> organisationName) {
        AccountStatus status = AccountStatus.of(account, clock.instant());
        return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getRole().displayName(), account.getOrganisationId(),
                account.getOrganisationId() == null ? null : organisationName.apply(account.getOrganisationId()),
                status, status.displayName(), status == AccountStatus.LOCKED ? account.getLockedUntil() : null,
                account.isMustChangePassword(), account.getPhoneMasked());
    }
}
