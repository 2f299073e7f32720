package cn.gkgateway.web.rosterimport;

import cn.gkgateway.rosterimport.ImportRowView;
import cn.gkgateway.rosterimport.ImportSummary;
import cn.gkgateway.rosterimport.BatchRecord.EvidenceFacts;
import cn.gkgateway.rosterimport.RosterImport;
import cn.gkgateway.web.ReviewStepResponse;

import java.time.Instant;
import java.util.List;

/** An import as the console shows it; personal values masked; {@code evidence} is the printout's name, type, size and whether it has a thumbnail (null before upload). {@code outcome} is ROWS_INVALID while any row is rejected. */
record RosterImportResponse(long id, long unitId, String unitName, String status, String statusName, boolean onlyValidRows,
                            String modeName, int acceptedCount, int rejectedCount, int rowsToJoin, String outcome,
                            boolean hasEvidence, String evidenceType, EvidenceFacts evidence, String contactName, String contactPhone,
                            Instant createdAt, Instant submittedAt, Instant decidedAt, List<ReviewStepResponse> steps,
                            List<ImportRowView> acceptedRows, List<ImportRowView> rejectedRows) {

    static RosterImportResponse of(ImportSummary summary) {
        return of(summary.rosterImport(), summary.unitName(), summary.steps().stream().map(ReviewStepResponse::of).toList(),
                summary.acceptedRows(), summary.rejectedRows());
    }

    static RosterImportResponse of(RosterImport found, String unitName, List<ReviewStepResponse> steps, List<ImportRowView> accepted,
                                   List<ImportRowView> rejected) {
        return new RosterImportResponse(found.getId(), found.getUnitId(), unitName, found.getStatus().name(),
                found.getStatus().displayName(), found.isOnlyValidRows(),
                found.isOnlyValidRows() ? "只导入正确的行" : "全部正确才导入（有错误行时不导入任何人员）",
                found.getAcceptedCount(), found.getRejectedCount(), found.rowsToJoin(),
                found.getRejectedCount() > 0 ? "ROWS_INVALID" : "ALL_VALID", found.hasEvidence(),
                found.getEvidence() == null ? null : found.getEvidence().mediaType(), found.getEvidence(), found.getContactName(), found.getContactPhoneMasked(), found.getCreatedAt(),
                found.getSubmittedAt(), found.getDecidedAt(), steps, accepted, rejected);
    }
}
