package cn.gkgateway.web.excel;

import cn.gkgateway.shared.DomainException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Turns the handler's cell events into {@link XlsxRow}s, with each cell's stored type. */
final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final int maxRows;
    private final StylesTable styles;
    private final Consumer<XlsxRow> rows;
    private final List<String> cells = new ArrayList<>();
    private final Set<Integer> formulas = new HashSet<>();
    private final Map<Integer, XlsxCellType> types = new HashMap<>();
    private final Map<Integer, LocalDate> dates = new HashMap<>();
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private int nextColumn;
    private int count;

    RowCollector(int maxRows, StylesTable styles, Consumer<XlsxRow> rows) {
        this.maxRows = maxRows;
        this.styles = styles;
        this.rows = rows;
    }

    void formulaAt(int column) {
        formulas.add(column);
    }

    void typeAt(int column, String t, String style) {
        XlsxCellType type = switch (t == null ? "n" : t) {
            case "s", "inlineStr", "str" -> XlsxCellType.TEXT;
            case "b" -> XlsxCellType.BOOLEAN;
            case "e" -> XlsxCellType.ERROR;
            default -> isDateStyle(style) ? XlsxCellType.DATE : XlsxCellType.NUMBER;
        };
        types.put(column, type);
    }

    void rawValueAt(int column, String raw) {
        if (types.get(column) == XlsxCellType.DATE) {
            try {
                double serial = Double.parseDouble(raw);
                if (DateUtil.isValidExcelDate(serial)) {
                    dates.put(column, DateUtil.getLocalDateTime(serial).toLocalDate());
                    return;
                }
            } catch (NumberFormatException ignored) {
                // not a number: the cell is not a date after all
            }
            types.put(column, XlsxCellType.NUMBER);
        }
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) {
            return false;
        }
        try {
            int index = Integer.parseInt(style);
            return dateStyles.computeIfAbsent(index, i -> {
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void startRow(int rowNum) {
        cells.clear();
        formulas.clear();
        types.clear();
        dates.clear();
        nextColumn = 0;
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
        int column = ref == null ? nextColumn : new CellReference(ref).getCol();
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, value);
        nextColumn = column + 1;
    }

    @Override
    public void endRow(int rowNum) {
        boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
        if (blank && formulas.isEmpty()) {
            return;
        }
        if (++count > maxRows) {
            throw DomainException.invalid("IMPORT_TOO_MANY_ROWS", "file", "文件超过 " + maxRows + " 行（含表头），请分批导入");
        }
        List<XlsxCellType> cellTypes = new ArrayList<>(cells.size());
        List<LocalDate> cellDates = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            cellTypes.add(cells.get(i) == null ? null : types.getOrDefault(i, XlsxCellType.TEXT));
            cellDates.add(dates.get(i));
        }
        rows.accept(new XlsxRow(rowNum + 1, Collections.unmodifiableList(new ArrayList<>(cells)), Set.copyOf(formulas),
                Collections.unmodifiableList(cellTypes), Collections.unmodifiableList(cellDates)));
    }
}
