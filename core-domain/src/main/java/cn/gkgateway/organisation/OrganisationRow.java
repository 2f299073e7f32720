package cn.gkgateway.organisation;

import java.util.List;

/**
 * One row of an organisation import, as typed in the template: kinds, categories and levels by
 * their Chinese names, the supervising department and the parent by name (an earlier row of
 * the same file or an existing organisation). {@code rowNumber} is the sheet's row number;
 * {@code formulaColumns} names the columns whose cell held a formula (refused: values must be typed).
 */
public record OrganisationRow(int rowNumber, String name, String kind, String creditCode, String category, String level,
                              String regionCode, String supervisorName, String parentName, List<String> formulaColumns) {

    public OrganisationRow {
        formulaColumns = formulaColumns == null ? List.of() : List.copyOf(formulaColumns);
    }
}
