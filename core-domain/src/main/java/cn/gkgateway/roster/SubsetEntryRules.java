package cn.gkgateway.roster;

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a subset entry as typed: every field of the subset by its type, all problems at once
 * (code SUBSET_ENTRY_INVALID). Dates are {@code yyyy-MM-dd} and not in the future; years
 * 1950 to this year; hours 0 to 9999; choices one of the listed values. Unknown fields are ignored.
 */
public final class SubsetEntryRules {

    private SubsetEntryRules() {
    }

    /** The entry's values by field name, normalised (LocalDate, Integer or String; null when empty). */
    public static Map<String, Object> check(Subset subset, Map<String, String> raw, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (SubsetField field : subset.fields()) {
            String typed = raw == null ? null : raw.get(field.name());
            String text = typed == null ? null : Text.line(typed, field.name(), field.label(), field.maxLength(), problems);
            if (text == null) {
                if (field.required() && problems.stream().noneMatch(p -> p.field().equals(field.name()))) {
                    problems.add(new FieldProblem(field.name(), "请填写" + field.label(), "TEXT_REQUIRED"));
                }
                values.put(field.name(), null);
                continue;
            }
            values.put(field.name(), parse(field, text, today, problems));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "SUBSET_ENTRY_INVALID", problems.get(0).message(), problems);
        }
        return values;
    }

    private static Object parse(SubsetField field, String text, LocalDate today, List<FieldProblem> problems) {
        switch (field.type()) {
            case DATE -> {
                try {
                    LocalDate date = LocalDate.parse(Text.compact(text));
                    if (date.isAfter(today)) {
                        problems.add(new FieldProblem(field.name(), field.label() + "不能晚于今天"));
                    }
                    return date;
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(field.name(), field.label() + "应为日期，格式如 2020-05-01"));
                    return null;
                }
            }
            case YEAR -> {
                return number(field, text, 1950, today.getYear(), problems);
            }
            case HOURS -> {
                return number(field, text, 0, 9999, problems);
            }
            case CHOICE -> {
                if (!field.options().contains(text)) {
                    problems.add(new FieldProblem(field.name(), field.label() + "应为：" + String.join("、", field.options())));
                }
                return text;
            }
            default -> {
                return text;
            }
        }
    }

    private static Integer number(SubsetField field, String text, int min, int max, List<FieldProblem> problems) {
        String digits = Text.compact(text);
        if (!digits.matches("\\d{1,4}") || Integer.parseInt(digits) < min || Integer.parseInt(digits) > max) {
            problems.add(new FieldProblem(field.name(), field.label() + "应为" + min + "至" + max + "之间的整数"));
            return null;
        }
        return Integer.parseInt(digits);
    }
}
