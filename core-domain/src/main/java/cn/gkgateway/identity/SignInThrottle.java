package cn.gkgateway.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.time.Instant;

/**
 * Failed sign-ins of a username that has no account, keyed by {@link UsernameRules#hashOf} of the
 * name. Counted exactly like an account's failures, so that answers do not tell which names exist.
 * A new row is always inserted (never merged), so that a parallel attempt cannot reset a count.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle implements Persistable<String> {

    @Id
    @Column(name = "name_hash")
    private String nameHash;

    private int failedAttempts;

    private Instant lockedUntil;

    /** Set by {@link SignInThrottles#countFailure}; old rows are purged ({@link SignInStatePurge}). */
    private Instant lastFailureAt;

    @Transient
    private boolean isNew = true;

    protected SignInThrottle() {
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    @Override
    public String getId() {
        return nameHash;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    SignInThrottle(String nameHash, int failedAttempts) {
        this.nameHash = nameHash;
        this.failedAttempts = failedAttempts;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
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
