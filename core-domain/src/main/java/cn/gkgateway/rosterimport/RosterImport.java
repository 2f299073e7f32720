package cn.gkgateway.rosterimport;

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
 * One upload of the import template by a unit: counts of accepted and rejected rows, the mode
 * (all or nothing, or only the valid rows), evidence and contact, and its review status. Its rows
 * live in {@code roster_import_row}; none is on the roster before the import is approved.
 */
@Entity
@Table(name = "roster_import")
public class RosterImport implements BatchEvidence.Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long unitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;
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

    protected RosterImport() {
    }

    RosterImport(long unitId, long createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.batch = new BatchRecord(createdBy, createdAt);
        this.status = ImportStatus.DRAFT;
    }

    void counted(int accepted, int rejected) {
        this.acceptedCount = accepted;
        this.rejectedCount = rejected;
    }

    @Override
    public void requireDraft() {
        if (status != ImportStatus.DRAFT) {
            throw DomainException.conflict("IMPORT_NOT_DRAFT", "该导入已提交审核或已办结，不能再修改");
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
        this.status = ImportStatus.SUBMITTED;
    }

    void decided(ImportStatus outcome, Instant at) {
        this.status = outcome;
        batch.decided(at);
    }

    /** How many rows join the roster on approval in the current mode (0 when all-or-nothing and some row is bad). */
    public int rowsToJoin() {
        return rejectedCount > 0 && !onlyValidRows ? 0 : acceptedCount;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public ImportStatus getStatus() { return status; }
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
