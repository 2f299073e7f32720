package cn.gkgateway.keychange;

import cn.gkgateway.rosterimport.BatchEvidence;
import cn.gkgateway.rosterimport.BatchRecord;
import cn.gkgateway.evidence.StoredMaterial;
import cn.gkgateway.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/**
 * One upload of an edited 关键信息修改 sheet by a unit: counts of accepted and refused rows, evidence,
 * contact and review status. Its rows live in {@code key_change_row}; the roster changes only when
 * the last review step approves.
 */
@Entity
@Table(name = "key_change_request")
public class KeyChangeRequest implements BatchEvidence.Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long unitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeyChangeStatus status;
    @Column(nullable = false)
    private int acceptedCount;
    @Column(nullable = false)
    private int rejectedCount;
    @Column(nullable = false)
    private boolean onlyValidRows = true;
    @Embedded
    private BatchRecord batch;
    @Version
    private int version;

    protected KeyChangeRequest() {
    }

    KeyChangeRequest(long unitId, long createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.batch = new BatchRecord(createdBy, createdAt);
        this.status = KeyChangeStatus.DRAFT;
    }

    void counted(int accepted, int rejected) {
        this.acceptedCount = accepted;
        this.rejectedCount = rejected;
    }

    @Override
    public void requireDraft() {
        if (status != KeyChangeStatus.DRAFT) {
            throw DomainException.conflict("KEY_CHANGE_NOT_DRAFT", "该关键信息修改已提交审核或已办结，不能再修改");
        }
    }

    void setOnlyValidRows(boolean onlyValidRows) {
        requireDraft();
        this.onlyValidRows = onlyValidRows;
    }

    @Override
    public Optional<StoredMaterial> attachEvidence(StoredMaterial material) {
        requireDraft();
        return batch.attachEvidence(material);
    }

    BatchRecord batch() {
        return batch;
    }

    void submit(String contactName, String phoneCipher, String phoneMasked, Instant at) {
        requireDraft();
        batch.submit(contactName, phoneCipher, phoneMasked, at);
        this.status = KeyChangeStatus.SUBMITTED;
    }

    void decided(KeyChangeStatus outcome, Instant at) {
        this.status = outcome;
        batch.decided(at);
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public KeyChangeStatus getStatus() { return status; }
    public int getAcceptedCount() { return acceptedCount; }
    public int getRejectedCount() { return rejectedCount; }
    /** True (the default): only the accepted rows are submitted; false: nothing is submitted while any row is refused. */
    public boolean isOnlyValidRows() { return onlyValidRows; }
    public String getContactName() { return batch.getContactName(); }
    public String getContactPhoneMasked() { return batch.getContactPhoneMasked(); }
    public boolean hasEvidence() { return batch.hasEvidence(); }
    public BatchRecord.EvidenceFacts getEvidence() { return batch.evidence(); }
    public Instant getCreatedAt() { return batch.getCreatedAt(); }
    public Instant getSubmittedAt() { return batch.getSubmittedAt(); }
    public Instant getDecidedAt() { return batch.getDecidedAt(); }
}
