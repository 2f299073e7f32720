package cn.gkgateway.rosterimport;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date read from an import cell: a whole day, or (where the column allows it) a month only,
 * kept as a month without inventing a day. {@link #text()} is {@code yyyy-MM-dd} or {@code yyyy-MM}.
 */
public record ImportDate(YearMonth month, LocalDate day) {

    public static ImportDate ofDay(LocalDate day) {
        return new ImportDate(YearMonth.from(day), day);
    }

    public static ImportDate ofMonth(YearMonth month) {
        return new ImportDate(month, null);
    }

    public boolean monthOnly() {
        return day == null;
    }

    /** The first day the value can mean: the day, or the first of the month. */
    public LocalDate earliest() {
        return day != null ? day : month.atDay(1);
    }

    public String text() {
        return day != null ? day.toString() : month.toString();
    }
}
