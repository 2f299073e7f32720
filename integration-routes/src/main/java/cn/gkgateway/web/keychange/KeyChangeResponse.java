package cn.gkgateway.web.keychange;

import cn.gkgateway.keychange.KeyChangeRequest;
import cn.gkgateway.keychange.KeyChangeViews.RowView;
import cn.gkgateway.keychange.KeyChangeViews.Summary;
import cn.gkgateway.rosterimport.BatchRecord.EvidenceFacts;
import cn.gkgateway.web.ReviewStepResponse;

import java.time.Instant;
import java.util.List;

/** A key-info change as the console shows it: old vs new per field per row, ID numbers and phones masked. */
record KeyChangeResponse(long id, long unitId, String unitName, String status, String statusName, boolean onlyValidRows,
                         String modeName, int acceptedCount,
                         int rejectedCount, boolean hasEvidence, EvidenceFacts evidence, String contactName, String contactPhone, Instant createdAt,
                         Instant submittedAt, Instant decidedAt, List<ReviewStepResponse> steps, List<RowView> rows) {

    static KeyChangeResponse of(Summary summary) {
        return of(summary.request(), summary.unitName(), summary.steps().stream().map(ReviewStepResponse::of).toList(), summary.rows());
    }

    static KeyChangeResponse of(KeyChangeRequest found, String unitName, List<ReviewStepResponse> steps, List<RowView> rows) {
        return new KeyChangeResponse(found.getId(), found.getUnitId(), unitName, found.getStatus().name(),
                found.getStatus().displayName(), found.isOnlyValidRows(),
                found.isOnlyValidRows() ? "只提交可修改的行" : "全部正确才提交（有不予修改的行时不修改任何人员）", found.getAcceptedCount(), found.getRejectedCount(), found.hasEvidence(), found.getEvidence(),
                found.getContactName(), found.getContactPhoneMasked(), found.getCreatedAt(), found.getSubmittedAt(),
                found.getDecidedAt(), steps, rows);
    }
}
