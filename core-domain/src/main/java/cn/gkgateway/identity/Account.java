package cn.gkgateway.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A person's way into the gateway. Applicants are linked to their roster entry by the keyed
 * hash of their ID number; everyone else belongs to an organisation.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private Long organisationId;

    /** Keyed hash of the applicant's ID number; null for organisation accounts. */
    private String personIdHash;

    private int failedAttempts;

    private Instant lockedUntil;

    /** When a sign-in last failed; the count is forgotten a day later (SignInStatePurge). */
    private Instant lastFailureAt;

    private boolean enabled = true;

    /** Bumped by every change that must end the account's tokens (lock, disable, role, organisation, password). */
    private int tokenVersion;

    private boolean mustChangePassword;

    /** The holder's mobile phone, encrypted; masked copy for display; keyed hash for look-ups. Null when none is registered. */
    private String phoneCipher;

    private String phoneMasked;

    private String phoneHash;

    /** When the holder proved the phone themselves by SMS code (个人设置); null when it came from elsewhere or there is none. */
    private Instant phoneProvenAt;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Role role, Long organisationId, String personIdHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisationId = organisationId;
        this.personIdHash = personIdHash;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whether the account may be used now: enabled and not locked. */
    public boolean isUsableAt(Instant now) {
        return enabled && !isLockedAt(now);
    }

    public void disable() {
        enabled = false;
        tokenVersion++;
    }

    public void enable() {
        enabled = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** A password the holder chose: the forced change is done. Ends all tokens. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
        tokenVersion++;
    }

    /** A password someone else set: the holder must change it at the next sign-in. Ends all tokens. */
    public void resetPassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = true;
        failedAttempts = 0;
        lockedUntil = null;
        tokenVersion++;
    }

    public void assign(Role newRole, Long newOrganisationId) {
        role = newRole;
        organisationId = newOrganisationId;
        tokenVersion++;
    }

    /** Marks a new account's password as one to change at first sign-in. */
    public Account requiringPasswordChange() {
        mustChangePassword = true;
        return this;
    }

    /** Registers the holder's mobile phone (for SMS codes and the second factor), stored as {@code protector} seals it. */
    public void registerPhone(PhoneNumber phone, PersonalDataProtector protector) {
        phoneCipher = protector.encrypt(phone.value());
        phoneMasked = phone.masked();
        phoneHash = protector.hash(phone.value());
    }

    /** The holder set this phone themselves, proven by an SMS code sent to it: later provider sign-ins keep it. */
    public void proveOwnPhone(PhoneNumber phone, PersonalDataProtector protector, Instant now) {
        registerPhone(phone, protector);
        phoneProvenAt = now;
    }

    /**
     * The phone the government-service login vouches for: taken only while the holder has not proven one of their own.
     *
     * @return whether it was taken
     */
    public boolean offerProviderPhone(PhoneNumber phone, PersonalDataProtector protector) {
        if (phoneProvenAt != null) {
            return false;
        }
        registerPhone(phone, protector);
        return true;
    }

    public Instant getPhoneProvenAt() {
        return phoneProvenAt;
    }

    public String getPhoneCipher() {
        return phoneCipher;
    }

    /** {@code 138****1234}, or null when no phone is registered. */
    public String getPhoneMasked() {
        return phoneMasked;
    }

    public String getPhoneHash() {
        return phoneHash;
    }

    public Caller asCaller() {
        return new Caller(id, username, displayName, role, organisationId);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getPersonIdHash() {
        return personIdHash;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getTokenVersion() {
        return tokenVersion;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
