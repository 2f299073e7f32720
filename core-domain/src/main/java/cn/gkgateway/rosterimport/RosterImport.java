package cn.gkgateway.rosterimport;

import cn.gkgateway.review.ChainOutcome;
import cn.gkgateway.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One upload of the import template by a unit: counts of accepted and rejected rows, the mode
 * (all or nothing, or only the valid rows), evidence and contact, and its review status. Its rows
 * live in {@code roster_import_row}; none is on the roster before the import is approved.
 */
@Entity
@Table(name = "roster_import")
public class RosterImport extends BatchRequest {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;

    protected RosterImport() {
    }

    RosterImport(long unitId, long createdBy, Instant createdAt) {
        super(unitId, false, createdBy, createdAt);
        this.status = ImportStatus.DRAFT;
    }

    @Override
    public void requireDraft() {
        if (status != ImportStatus.DRAFT) {
            throw DomainException.conflict("IMPORT_NOT_DRAFT", "该导入已提交审核或已办结，不能再修改");
        }
    }

    @Override
    public boolean underReview() {
        return status == ImportStatus.SUBMITTED;
    }

    @Override
    protected void markSubmitted() {
        this.status = ImportStatus.SUBMITTED;
    }

    @Override
    protected void markDecided(ChainOutcome outcome) {
        this.status = ImportStatus.valueOf(outcome.name());
    }

    /** How many rows join the roster on approval in the current mode (0 when all-or-nothing and some row is bad). */
    public int rowsToJoin() {
        return getRejectedCount() > 0 && !isOnlyValidRows() ? 0 : getAcceptedCount();
    }

    public ImportStatus getStatus() { return status; }
}
