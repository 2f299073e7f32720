package cn.gkgateway.web.excel;

import java.util.List;
import java.util.Set;

/**
 * One non-empty row of a sheet as the user sees it: {@code number} is the row number Excel
 * shows (1-based), {@code cells} the displayed text by column (null for an empty cell), and
 * {@code formulaColumns} the columns whose cell holds a formula.
 */
public record XlsxRow(int number, List<String> cells, Set<Integer> formulaColumns) {

    /** The stripped text of column {@code index} (0-based), or null when empty or absent. */
    public String cell(int index) {
        if (index < 0 || index >= cells.size() || cells.get(index) == null) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    public boolean hasFormula() {
        return !formulaColumns.isEmpty();
    }
}
