package cn.gkgateway.keychange;

import cn.gkgateway.review.ChainOutcome;
import cn.gkgateway.rosterimport.BatchRequest;
import cn.gkgateway.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One upload of an edited 关键信息修改 sheet by a unit: counts of accepted and refused rows, evidence,
 * contact and review status. Its rows live in {@code key_change_row}; the roster changes only when
 * the last review step approves. Only the accepted rows are submitted unless the unit chooses otherwise.
 */
@Entity
@Table(name = "key_change_request")
public class KeyChangeRequest extends BatchRequest {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeyChangeStatus status;

    protected KeyChangeRequest() {
    }

    KeyChangeRequest(long unitId, long createdBy, Instant createdAt) {
        super(unitId, true, createdBy, createdAt);
        this.status = KeyChangeStatus.DRAFT;
    }

    @Override
    public void requireDraft() {
        if (status != KeyChangeStatus.DRAFT) {
            throw DomainException.conflict("KEY_CHANGE_NOT_DRAFT", "该关键信息修改已提交审核或已办结，不能再修改");
        }
    }

    @Override
    public boolean underReview() {
        return status == KeyChangeStatus.SUBMITTED;
    }

    @Override
    protected void markSubmitted() {
        this.status = KeyChangeStatus.SUBMITTED;
    }

    @Override
    protected void markDecided(ChainOutcome outcome) {
        this.status = KeyChangeStatus.valueOf(outcome.name());
    }

    public KeyChangeStatus getStatus() { return status; }
}
