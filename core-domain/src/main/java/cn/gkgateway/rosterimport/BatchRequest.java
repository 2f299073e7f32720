package cn.gkgateway.rosterimport;

import cn.gkgateway.evidence.StoredMaterial;
import cn.gkgateway.review.ChainOutcome;
import cn.gkgateway.review.RequestReview;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/**
 * A unit's uploaded sheet that goes through review with a signed printout and a contact (roster imports,
 * key-info changes): counts of accepted and refused rows, the mode (only the accepted rows, or nothing
 * while any row is refused) and the {@link BatchRecord}. Each request keeps its own table and its own
 * status; the subclass says when it is a draft or under review and moves its status on submission and decision.
 * The mutators are public only for the features' services; nothing else changes a request.
 */
@MappedSuperclass
public abstract class BatchRequest implements BatchEvidence.Draft, RequestReview.Reviewed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long unitId;
    @Column(nullable = false)
    private boolean onlyValidRows;
    @Column(nullable = false)
    private int acceptedCount;
    @Column(nullable = false)
    private int rejectedCount;
    @Embedded
    private BatchRecord batch;
    @Version
    private int version;

    protected BatchRequest() {
    }

    protected BatchRequest(long unitId, boolean onlyValidRows, long createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.onlyValidRows = onlyValidRows;
        this.batch = new BatchRecord(createdBy, createdAt);
    }

    public void counted(int accepted, int rejected) {
        this.acceptedCount = accepted;
        this.rejectedCount = rejected;
    }

    public void setOnlyValidRows(boolean onlyValidRows) {
        requireDraft();
        this.onlyValidRows = onlyValidRows;
    }

    @Override
    public Optional<StoredMaterial> attachEvidence(StoredMaterial material) {
        requireDraft();
        return batch.attachEvidence(material);
    }

    /** The evidence and contact, for {@link BatchEvidence#open}. */
    public BatchRecord batch() {
        return batch;
    }

    /** Takes the contact (phone sealed and masked) of a draft, which goes under review. */
    public void submit(String contactName, String phoneCipher, String phoneMasked, Instant at) {
        requireDraft();
        batch.submit(contactName, phoneCipher, phoneMasked, at);
        markSubmitted();
    }

    @Override
    public void decided(ChainOutcome outcome, Instant at) {
        markDecided(outcome);
        batch.decided(at);
    }

    /** Moves the status from draft to under review. */
    protected abstract void markSubmitted();

    /** Moves the status to the outcome that ended the chain (APPROVED, REJECTED or RETURNED). */
    protected abstract void markDecided(ChainOutcome outcome);

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    /** True: only the accepted rows are submitted; false: nothing is submitted while any row is refused. */
    public boolean isOnlyValidRows() { return onlyValidRows; }
    public int getAcceptedCount() { return acceptedCount; }
    public int getRejectedCount() { return rejectedCount; }
    public String getContactName() { return batch.getContactName(); }
    public String getContactPhoneMasked() { return batch.getContactPhoneMasked(); }
    public boolean hasEvidence() { return batch.hasEvidence(); }
    public BatchRecord.EvidenceFacts getEvidence() { return batch.evidence(); }
    public Instant getCreatedAt() { return batch.getCreatedAt(); }
    public Instant getSubmittedAt() { return batch.getSubmittedAt(); }
    public Instant getDecidedAt() { return batch.getDecidedAt(); }
}
