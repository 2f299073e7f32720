package cn.gkgateway.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Failed sign-ins of a username that has no account, keyed by {@link UsernameRules#hashOf} of the
 * name. Counted exactly like an account's failures, so that answers do not tell which names exist.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    @Id
    @Column(name = "name_hash")
    private String nameHash;

    private int failedAttempts;

    private Instant lockedUntil;

    protected SignInThrottle() {
    }

    SignInThrottle(String nameHash, int failedAttempts) {
        this.nameHash = nameHash;
        this.failedAttempts = failedAttempts;
    }

    public String getNameHash() {
        return nameHash;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
