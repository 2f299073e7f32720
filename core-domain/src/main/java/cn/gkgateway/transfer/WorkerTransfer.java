package cn.gkgateway.transfer;

import cn.gkgateway.review.ChainOutcome;
import cn.gkgateway.review.RequestReview;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A request of a receiving unit (调入单位) for a worker on another unit's roster (调出单位), and its outcome. */
@Entity
@Table(name = "worker_transfer")
public class WorkerTransfer implements RequestReview.Reviewed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long workerId;
    @Column(nullable = false)
    private Long fromUnitId;
    @Column(nullable = false)
    private Long toUnitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferStatus status;
    private String reason;
    @Column(nullable = false)
    private Long requestedBy;
    @Column(nullable = false)
    private Instant requestedAt;
    private Instant decidedAt;
    @Version
    private int version;

    protected WorkerTransfer() {
    }

    WorkerTransfer(long workerId, long fromUnitId, long toUnitId, String reason, long requestedBy, Instant requestedAt) {
        this.workerId = workerId;
        this.fromUnitId = fromUnitId;
        this.toUnitId = toUnitId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = TransferStatus.PENDING;
    }

    @Override
    public boolean underReview() {
        return status == TransferStatus.PENDING;
    }

    @Override
    public void decided(ChainOutcome outcome, Instant at) {
        this.status = TransferStatus.valueOf(outcome.name());
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getWorkerId() { return workerId; }
    public Long getFromUnitId() { return fromUnitId; }
    public Long getToUnitId() { return toUnitId; }
    public TransferStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
