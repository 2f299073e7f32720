package cn.gkgateway.keychange;

import cn.gkgateway.rosterimport.ImportCell;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Receives the rows of an uploaded 关键信息修改 sheet as the reader streams them: the first non-blank
 * row is the header; later rows are kept by column (a key-info change names at most a few thousand
 * selected workers). File-level refusals: TEMPLATE_HEADERS, FORMULA_NOT_ALLOWED, TOO_MANY_ROWS,
 * and from {@link #finish()} FILE_EMPTY and NO_DATA_ROWS.
 */
public final class KeyChangeSheet {

    record SheetRow(int rowNumber, Map<KeyChangeColumn, ImportCell> cells) {
    }

    private final int maxDataRows;
    private final List<SheetRow> rows = new ArrayList<>();
    private Map<Integer, KeyChangeColumn> columns;

    KeyChangeSheet(int maxDataRows) {
        this.maxDataRows = maxDataRows;
    }

    /** One non-blank row in file order; {@code formulaColumn} is the first column holding a formula, or -1. */
    public void row(int rowNumber, List<ImportCell> cells, int formulaColumn) {
        if (formulaColumn >= 0) {
            throw DomainException.invalid("FORMULA_NOT_ALLOWED", "file", "第" + rowNumber + "行第" + (formulaColumn + 1)
                    + "列含有公式，不允许使用公式：请将公式单元格复制后“选择性粘贴为数值”，再重新上传");
        }
        if (columns == null) {
            columns = header(cells);
            return;
        }
        if (rows.size() >= maxDataRows) {
            throw DomainException.invalid("TOO_MANY_ROWS", "file", "一次最多修改" + maxDataRows + "人的关键信息，请分批办理");
        }
        Map<KeyChangeColumn, ImportCell> byColumn = new EnumMap<>(KeyChangeColumn.class);
        columns.forEach((index, column) -> {
            if (index < cells.size() && cells.get(index) != null) {
                byColumn.put(column, cells.get(index));
            }
        });
        rows.add(new SheetRow(rowNumber, byColumn));
    }

    void finish() {
        if (columns == null) {
            throw DomainException.invalid("FILE_EMPTY", "file", "文件的第一个工作表是空的，请使用导出的关键信息修改表");
        }
        if (rows.isEmpty()) {
            throw DomainException.invalid("NO_DATA_ROWS", "file", "文件只有表头，没有人员数据");
        }
    }

    List<SheetRow> rows() {
        return rows;
    }

    private static Map<Integer, KeyChangeColumn> header(List<ImportCell> cells) {
        Map<Integer, KeyChangeColumn> found = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            ImportCell cell = cells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            final int index = i;
            KeyChangeColumn.ofHeader(cell.text()).ifPresent(column -> {
                if (!found.containsValue(column)) {
                    found.put(index, column);
                }
            });
        }
        List<String> missing = new ArrayList<>();
        for (KeyChangeColumn column : KeyChangeColumn.values()) {
            if (!found.containsValue(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.invalid("TEMPLATE_HEADERS", "file", "表头与关键信息修改表不符，缺少列：" + String.join("、", missing)
                    + "。请在名册中勾选人员后导出关键信息修改表，修改后上传");
        }
        return found;
    }

    static String text(ImportCell cell) {
        return cell == null || cell.text() == null ? null : Text.strip(cell.text());
    }
}
