package cn.gkgateway.rosterimport;

import cn.gkgateway.shared.Text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of an import row. A date cell is its date. Text is read only in the forms
 * {@code yyyy-m-d}, {@code yyyy/m/d}, {@code yyyy.m.d}, {@code yyyy年m月d日}, {@code yyyymmdd} and,
 * where a month is enough, {@code yyyy-m}, {@code yyyy/m}, {@code yyyy.m}, {@code yyyy年m月}, after
 * {@link Text#compact} (full-width digits, whitespace). An impossible date in one of those forms is
 * DATE_INVALID; anything else (two-digit years, day first, a year alone, words, a plain number)
 * is DATE_FORMAT with the accepted forms listed.
 */
public final class ImportDates {

    static final String DAY_FORMS = "2020-5-8、2020/5/8、2020.5.8、2020年5月8日或20200508";
    static final String MONTH_FORMS = "2020-5、2020/5、2020.5或2020年5月";

    private static final Pattern SEPARATED_DAY = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE_DAY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SEPARATED_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern CHINESE_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月");
    private static final int EARLIEST_YEAR = 1900;

    private ImportDates() {
    }

    /** Thrown for a cell that is not a readable date; {@link #code()} is DATE_INVALID or DATE_FORMAT. */
    public static final class Unreadable extends Exception {
        private final String code;

        Unreadable(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The date in {@code cell}; with {@code monthAllowed} a month-only form is accepted too.
     * A blank cell is the caller's business (REQUIRED_FIELD); this method expects a non-blank cell.
     */
    public static ImportDate read(ImportCell cell, String label, boolean monthAllowed) throws Unreadable {
        if (cell.kind() == CellKind.DATE && cell.date() != null) {
            return ImportDate.ofDay(cell.date());
        }
        if (cell.kind() != CellKind.TEXT) {
            throw format(label, monthAllowed);
        }
        String value = Text.compact(cell.text());
        Matcher m;
        if ((m = SEPARATED_DAY.matcher(value)).matches()) {
            return day(m.group(1), m.group(3), m.group(4), label);
        }
        if ((m = CHINESE_DAY.matcher(value)).matches() || (m = COMPACT_DAY.matcher(value)).matches()) {
            return day(m.group(1), m.group(2), m.group(3), label);
        }
        if (monthAllowed && ((m = SEPARATED_MONTH.matcher(value)).matches() || (m = CHINESE_MONTH.matcher(value)).matches())) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (year < EARLIEST_YEAR || month < 1 || month > 12) {
                throw invalid(label);
            }
            return ImportDate.ofMonth(YearMonth.of(year, month));
        }
        throw format(label, monthAllowed);
    }

    private static ImportDate day(String year, String month, String day, String label) throws Unreadable {
        try {
            int y = Integer.parseInt(year);
            if (y < EARLIEST_YEAR) {
                throw invalid(label);
            }
            return ImportDate.ofDay(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            throw invalid(label);
        }
    }

    private static Unreadable invalid(String label) {
        return new Unreadable("DATE_INVALID", label + "不是一个真实存在的日期，请核对年、月、日");
    }

    private static Unreadable format(String label, boolean monthAllowed) {
        String forms = monthAllowed ? DAY_FORMS + "，或精确到月：" + MONTH_FORMS : DAY_FORMS;
        return new Unreadable("DATE_FORMAT", label + "的写法无法识别，请写成：" + forms + "（年份写全4位）");
    }
}
