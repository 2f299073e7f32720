package cn.gkgateway.keychange;

import cn.gkgateway.review.ReviewStep;
import cn.gkgateway.rosterimport.RowFault;

import java.util.List;

/** What the key-info change pages show. */
public final class KeyChangeViews {

    private KeyChangeViews() {
    }

    /** One field of a row: old value on the roster, new value in the sheet (ID numbers masked), whether it changes. */
    public record FieldChange(String field, String label, String oldValue, String newValue, boolean changed) {
    }

    /** One row: its number in the sheet, the worker, old vs new per field, and why it was refused (if it was). */
    public record RowView(int rowNumber, Long workerId, boolean accepted, List<FieldChange> fields, List<RowFault> faults) {
    }

    public record Summary(KeyChangeRequest request, String unitName, List<ReviewStep> steps, List<RowView> rows) {
    }

    /** A selected worker as the 关键信息修改 sheet lists it; the ID number in full (the unit's own worker). */
    public record TemplateRow(long workerId, String name, String idNumber, String workTypeName, String levelName, Integer levelYear) {
    }
}
