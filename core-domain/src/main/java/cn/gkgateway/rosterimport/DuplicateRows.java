package cn.gkgateway.rosterimport;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds the same person twice in one file (by the normalised ID number, so {@code x} and {@code X}
 * are alike): the second and later rows get DUPLICATE_IN_FILE naming the first row.
 */
public final class DuplicateRows {

    private final Map<String, Integer> firstRowById = new HashMap<>();

    public void check(CheckedRow row) {
        ImportedPerson person = row.parsed();
        if (person == null) {
            return;
        }
        Integer first = firstRowById.putIfAbsent(person.idNumber().value(), row.rowNumber());
        if (first != null) {
            row.addFault(new RowFault("身份证号", "DUPLICATE_IN_FILE", "与第" + first + "行是同一人（身份证号相同），请删除重复的行"));
        }
    }

    /** Marks {@code row} as already on a roster or pending in another import. */
    public static void onRoster(CheckedRow row) {
        row.addFault(new RowFault("身份证号", "DUPLICATE_ON_ROSTER",
                "该人员已在工勤人员名册中，或已在其他待审核的导入中，不能重复导入；如需调入请办理人员调动"));
    }
}
