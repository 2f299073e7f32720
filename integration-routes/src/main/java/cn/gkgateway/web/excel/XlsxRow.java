package cn.gkgateway.web.excel;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One non-empty row of a sheet as the user sees it: {@code number} is the row number Excel
 * shows (1-based), {@code cells} the displayed text by column (null for an empty cell),
 * {@code formulaColumns} the columns whose cell holds a formula, {@code types} what each cell
 * stores (null for an empty cell) and {@code dates} the date of a date-formatted number.
 */
public record XlsxRow(int number, List<String> cells, Set<Integer> formulaColumns, List<XlsxCellType> types, List<LocalDate> dates) {

    public XlsxRow(int number, List<String> cells, Set<Integer> formulaColumns) {
        this(number, cells, formulaColumns, List.of(), List.of());
    }

    /** The stripped text of column {@code index} (0-based), or null when empty or absent. */
    public String cell(int index) {
        if (index < 0 || index >= cells.size() || cells.get(index) == null) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** What column {@code index} stores; TEXT when unknown, null for an empty cell. */
    public XlsxCellType type(int index) {
        if (index < 0 || index >= cells.size() || cells.get(index) == null) {
            return null;
        }
        return index < types.size() && types.get(index) != null ? types.get(index) : XlsxCellType.TEXT;
    }

    /** The date of a date-formatted numeric cell, else null. */
    public LocalDate date(int index) {
        return index >= 0 && index < dates.size() ? dates.get(index) : null;
    }

    public boolean hasFormula() {
        return !formulaColumns.isEmpty();
    }
}
