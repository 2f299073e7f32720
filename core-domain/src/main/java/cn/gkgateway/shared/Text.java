package cn.gkgateway.shared;

import cn.gkgateway.shared.DomainException.FieldProblem;

import java.text.Normalizer;
import java.util.List;

/**
 * The rules every piece of text a person types passes through, in one place: which characters
 * are refused, how long a field may be, how a refused value is quoted back, and how a search
 * term is made safe for {@code LIKE}.
 */
public final class Text {

    /** How many characters of a refused value a message may quote. */
    public static final int MAX_ECHO = 20;
    /** The escape character of {@link #likeContains}: use {@code like … escape '!'} in queries. */
    public static final char LIKE_ESCAPE = '!';

    private Text() {
    }

    /**
     * Unicode NFKC (full-width digits and letters become ASCII) with every whitespace, control
     * and invisible format character removed, inside or around: NBSP, U+3000, tab, zero-width
     * characters, word joiner, BOM, bidi marks. For codes and numbers, never for names.
     */
    public static String compact(String raw) {
        if (raw == null) {
            return "";
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints().filter(c -> !invisible(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * A one-line text field (a name, a reason): surrounding blanks removed; refused when it holds
     * control or format characters (NUL, C0/C1 controls, bidi overrides, zero-width characters)
     * or is longer than {@code maxLength} characters. A problem is added to {@code problems}
     * and null returned; an empty value returns null without a problem (the caller decides
     * whether the field is required).
     */
    public static String line(String raw, String field, String label, int maxLength, List<FieldProblem> problems) {
        if (raw == null) {
            return null;
        }
        String value = strip(raw);
        if (value.isEmpty()) {
            return null;
        }
        if (hasForbiddenCharacters(value, false)) {
            problems.add(new FieldProblem(field, label + "含有不可见的控制字符或格式字符，请删除后重新输入", "TEXT_CONTROL_CHARACTERS"));
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            problems.add(new FieldProblem(field, label + "不能超过" + maxLength + "个字", "TEXT_TOO_LONG"));
            return null;
        }
        return value;
    }

    /**
     * Whether {@code value} holds control or format characters (NUL, C0/C1 controls, bidi
     * overrides and isolates, zero-width characters, BOM) or line separators; with
     * {@code multiLine}, line breaks and tabs are allowed.
     */
    public static boolean hasForbiddenCharacters(String value, boolean multiLine) {
        return value.codePoints().anyMatch(c -> {
            if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
                return false;
            }
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        });
    }

    /** Like {@link #line} for a single field: throws the problem as an INVALID {@link DomainException}. */
    public static String requireLine(String raw, String field, String label, int maxLength) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        String value = line(raw, field, label, maxLength, problems);
        if (!problems.isEmpty()) {
            FieldProblem problem = problems.get(0);
            throw new DomainException(DomainException.Kind.INVALID, problem.code(), problem.message(), problems);
        }
        if (value == null) {
            throw new DomainException(DomainException.Kind.INVALID, "TEXT_REQUIRED", "请填写" + label,
                    List.of(new FieldProblem(field, "请填写" + label, "TEXT_REQUIRED")));
        }
        return value;
    }

    /**
     * A value safe to quote in a message: at most {@link #MAX_ECHO} characters (then "…"),
     * invisible characters removed.
     */
    public static String echo(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        value.codePoints().filter(c -> !invisible(c) || c == ' ').limit(MAX_ECHO + 1L).forEach(kept::appendCodePoint);
        if (kept.codePointCount(0, kept.length()) > MAX_ECHO) {
            return kept.substring(0, kept.offsetByCodePoints(0, MAX_ECHO)) + "…";
        }
        return kept.toString();
    }

    /** {@code %term%} with {@code %}, {@code _} and the escape character escaped by {@link #LIKE_ESCAPE}. */
    public static String likeContains(String term) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : term.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** Removes whitespace (including NBSP and U+3000) and invisible characters at both ends. */
    public static String strip(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && invisible(raw.codePointAt(start))) {
            start += Character.charCount(raw.codePointAt(start));
        }
        while (end > start && invisible(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        return raw.substring(start, end);
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL || type == Character.FORMAT
                || c == 0x180E || c == 0x3164 || c == 0xFFA0;
    }
}
