package cn.gkgateway.rosterimport;

import cn.gkgateway.review.ReviewStep;

import java.util.List;

/** An import as its pages show it: the record, its review steps and the first rows of each kind. */
public record ImportSummary(RosterImport rosterImport, String unitName, List<ReviewStep> steps,
                            List<ImportRowView> acceptedRows, List<ImportRowView> rejectedRows) {
}
