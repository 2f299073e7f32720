package cn.gkgateway.rosterimport;

import java.util.ArrayList;
import java.util.List;

/**
 * One data row after the rules: its row number as Excel shows it, the text of its cells in
 * template order (for the rejected-rows file), the person when it passed, and all its faults.
 */
public final class CheckedRow {
    private final int rowNumber;
    private final List<String> cells;
    private final ImportedPerson person;
    private final List<RowFault> faults;

    public CheckedRow(int rowNumber, List<String> cells, ImportedPerson person, List<RowFault> faults) {
        this.rowNumber = rowNumber;
        this.cells = cells;
        this.person = person;
        this.faults = new ArrayList<>(faults);
    }

    public int rowNumber() {
        return rowNumber;
    }

    public List<String> cells() {
        return cells;
    }

    /** The person, or null when the row has faults (a fault added later also clears it). */
    public ImportedPerson person() {
        return faults.isEmpty() ? person : null;
    }

    /** The person as read, whatever the faults (for duplicate checks across rows). */
    ImportedPerson parsed() {
        return person;
    }

    public List<RowFault> faults() {
        return List.copyOf(faults);
    }

    public boolean accepted() {
        return faults.isEmpty();
    }

    void addFault(RowFault fault) {
        faults.add(fault);
    }
}
