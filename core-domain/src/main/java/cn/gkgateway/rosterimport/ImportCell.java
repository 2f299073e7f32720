package cn.gkgateway.rosterimport;

import java.time.LocalDate;

/**
 * One cell of an uploaded row: the text Excel displays, the kind of value stored, and for a
 * date-formatted numeric cell its date. {@code text} is null for an empty cell.
 */
public record ImportCell(String text, CellKind kind, LocalDate date) {

    public static ImportCell text(String text) {
        return new ImportCell(text, CellKind.TEXT, null);
    }

    public static ImportCell number(String text) {
        return new ImportCell(text, CellKind.NUMBER, null);
    }

    public static ImportCell date(LocalDate date) {
        return new ImportCell(date.toString(), CellKind.DATE, date);
    }

    public boolean isBlank() {
        return text == null || cn.gkgateway.shared.Text.strip(text).isEmpty();
    }
}
