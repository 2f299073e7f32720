package cn.gkgateway.roster;

import java.util.List;

/**
 * One field of a roster subset: its API name, its column, its Chinese label and how a typed
 * value is checked. {@code options} lists the allowed values of a CHOICE field.
 */
public record SubsetField(String name, String column, String label, Type type, boolean required, int maxLength,
                          List<String> options) {

    public enum Type { TEXT, DATE, YEAR, HOURS, CHOICE }

    static SubsetField text(String name, String column, String label, boolean required, int maxLength) {
        return new SubsetField(name, column, label, Type.TEXT, required, maxLength, List.of());
    }

    static SubsetField date(String name, String column, String label, boolean required) {
        return new SubsetField(name, column, label, Type.DATE, required, 10, List.of());
    }

    static SubsetField choice(String name, String column, String label, String... options) {
        return new SubsetField(name, column, label, Type.CHOICE, true, 20, List.of(options));
    }
}
