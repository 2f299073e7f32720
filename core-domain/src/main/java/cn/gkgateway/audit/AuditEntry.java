package cn.gkgateway.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of who did what to which record, and when. Details never hold unmasked personal data. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private Long actorAccountId;
    private String actorUsername;
    private String actorRole;
    private String action;
    private String targetType;
    private Long targetId;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorAccountId, String actorUsername, String actorRole,
               String action, String targetType, Long targetId, String detail) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorUsername = actorUsername;
        this.actorRole = actorRole;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }
}
