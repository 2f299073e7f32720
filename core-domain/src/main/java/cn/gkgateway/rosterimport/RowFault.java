package cn.gkgateway.rosterimport;

import java.util.ArrayList;
import java.util.List;

/** One fault of one row: the template column it concerns, a stable code and what to fix, in Chinese. */
public record RowFault(String column, String code, String message) {

    private static final char FIELD = '\u001f';
    private static final char LINE = '\u001e';
    private static final int MAX_TEXT = 3900;

    /** A row's faults as one stored text (imports, key-info changes): whole faults only, up to 3,900 characters; "" for none. */
    public static String join(List<RowFault> faults) {
        StringBuilder text = new StringBuilder();
        for (RowFault fault : faults) {
            String line = fault.column() + FIELD + fault.code() + FIELD + fault.message() + LINE;
            if (text.length() + line.length() > MAX_TEXT) {
                break;
            }
            text.append(line);
        }
        return text.toString();
    }

    /** The faults of a text {@link #join} wrote (none for null). */
    public static List<RowFault> split(String text) {
        List<RowFault> faults = new ArrayList<>();
        if (text != null) {
            for (String line : text.split(String.valueOf(LINE))) {
                String[] parts = line.split(String.valueOf(FIELD), 3);
                if (parts.length == 3) {
                    faults.add(new RowFault(parts[0], parts[1], parts[2]));
                }
            }
        }
        return faults;
    }
}
