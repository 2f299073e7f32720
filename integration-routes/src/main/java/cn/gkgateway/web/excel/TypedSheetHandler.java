package cn.gkgateway.web.excel;

import cn.gkgateway.shared.DomainException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a worksheet's XML straight into {@link XlsxRow}s with each cell's stored type: text (shared,
 * inline or a formula's string), number, date-formatted number (with its date), boolean or error,
 * and which cells hold a formula. A number's text is its stored value, not a formatted one. Blank
 * rows are skipped; more than {@code maxRows} non-blank rows stop with IMPORT_TOO_MANY_ROWS.
 */
final class TypedSheetHandler extends DefaultHandler {

    private final List<String> strings;
    private final StylesTable styles;
    private final int maxRows;
    private final Consumer<XlsxRow> rows;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private final List<XlsxCellType> types = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();
    private final Set<Integer> formulas = new HashSet<>();
    private int rowNumber;
    private int column;
    private String t;
    private XlsxCellType type;
    private boolean inValue;
    private boolean inInline;
    private int count;

    TypedSheetHandler(List<String> strings, StylesTable styles, int maxRows, Consumer<XlsxRow> rows) {
        this.strings = strings;
        this.styles = styles;
        this.maxRows = maxRows;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells.clear();
                types.clear();
                dates.clear();
                formulas.clear();
                column = -1;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : columnOf(ref);
                t = attributes.getValue("t");
                type = typeOf(t, attributes.getValue("s"));
                value.setLength(0);
                inline.setLength(0);
            }
            case "v" -> inValue = true;
            case "is" -> inInline = true;
            case "f" -> formulas.add(column);
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inInline) {
            inline.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> { }
        }
    }

    private void endCell() {
        String text;
        LocalDate date = null;
        XlsxCellType cellType = type;
        if ("s".equals(t)) {
            int index = value.isEmpty() ? -1 : Integer.parseInt(value.toString().trim());
            text = index >= 0 && index < strings.size() ? strings.get(index) : null;
        } else if ("inlineStr".equals(t)) {
            text = inline.toString();
        } else if ("b".equals(t)) {
            text = value.isEmpty() ? null : ("1".equals(value.toString()) ? "TRUE" : "FALSE");
        } else {
            text = value.isEmpty() ? null : value.toString();
        }
        if (cellType == XlsxCellType.DATE && text != null) {
            try {
                double serial = Double.parseDouble(text);
                if (DateUtil.isValidExcelDate(serial)) {
                    date = DateUtil.getLocalDateTime(serial).toLocalDate();
                    text = date.toString();
                } else {
                    cellType = XlsxCellType.NUMBER;
                }
            } catch (NumberFormatException e) {
                cellType = XlsxCellType.NUMBER;
            }
        }
        if (text == null && !formulas.contains(column)) {
            return;
        }
        while (cells.size() <= column) {
            cells.add(null);
            types.add(null);
            dates.add(null);
        }
        cells.set(column, text);
        types.set(column, text == null ? null : cellType);
        dates.set(column, date);
    }

    private void endRow() {
        boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
        if (blank && formulas.isEmpty()) {
            return;
        }
        if (++count > maxRows) {
            throw DomainException.invalid("IMPORT_TOO_MANY_ROWS", "file", "文件超过 " + maxRows + " 行（含表头），请分批导入");
        }
        rows.accept(new XlsxRow(rowNumber, Collections.unmodifiableList(new ArrayList<>(cells)), Set.copyOf(formulas),
                Collections.unmodifiableList(new ArrayList<>(types)), Collections.unmodifiableList(new ArrayList<>(dates))));
    }

    private XlsxCellType typeOf(String t, String style) {
        return switch (t == null ? "n" : t) {
            case "s", "inlineStr", "str" -> XlsxCellType.TEXT;
            case "b" -> XlsxCellType.BOOLEAN;
            case "e" -> XlsxCellType.ERROR;
            default -> isDateStyle(style) ? XlsxCellType.DATE : XlsxCellType.NUMBER;
        };
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) {
            return false;
        }
        try {
            return dateStyles.computeIfAbsent(Integer.parseInt(style), index -> {
                XSSFCellStyle cellStyle = styles.getStyleAt(index);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The 0-based column of a reference like {@code AB12}. */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (col > 16384) {
                throw DomainException.invalid("FILE_UNREADABLE", "file", "文件中的单元格位置无效，请使用下载的模板填写");
            }
        }
        return col - 1;
    }
}
