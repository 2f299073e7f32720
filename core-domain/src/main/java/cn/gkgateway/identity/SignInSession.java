package cn.gkgateway.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One sign-in. Its id travels in the token; the session ends at logout or after a configured idle time. */
@Entity
@Table(name = "sign_in_session")
public class SignInSession {

    @Id
    private String id;

    private long accountId;

    private Instant createdAt;

    private Instant lastSeenAt;

    private Instant endedAt;

    protected SignInSession() {
    }

    SignInSession(String id, long accountId, Instant now) {
        this.id = id;
        this.accountId = accountId;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    public String getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
