package cn.gkgateway.rosterimport;

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Receives the rows of the first sheet as a reader streams them: the first non-blank row is the
 * header (matched after removing all whitespace), every later row is checked by {@link RowRules}
 * and handed on in chunks, so a large file never sits in memory. File-level refusals:
 * TEMPLATE_HEADERS, FORMULA_NOT_ALLOWED, TOO_MANY_ROWS; {@link #finish()} adds FILE_EMPTY and NO_DATA_ROWS.
 */
public final class ImportSheet {

    static final int CHUNK = 1000;
    /** A row whose 姓名 starts with this is the template's example and is skipped. */
    public static final String EXAMPLE_PREFIX = "示例：";

    private final RowRules rules;
    private final int maxDataRows;
    private final Consumer<List<CheckedRow>> chunks;
    private final DuplicateRows duplicates = new DuplicateRows();
    private final List<CheckedRow> pending = new ArrayList<>(CHUNK);
    private Map<Integer, TemplateColumn> columns;
    private int dataRows;

    ImportSheet(RowRules rules, int maxDataRows, Consumer<List<CheckedRow>> chunks) {
        this.rules = rules;
        this.maxDataRows = maxDataRows;
        this.chunks = chunks;
    }

    /**
     * One non-blank row, in file order. {@code formulaColumn} is the first column (0-based) holding
     * a formula, or -1.
     */
    public void row(int rowNumber, List<ImportCell> cells, int formulaColumn) {
        if (formulaColumn >= 0) {
            throw DomainException.invalid("FORMULA_NOT_ALLOWED", "file", "第" + rowNumber + "行第" + (formulaColumn + 1)
                    + "列含有公式，模板中不允许使用公式：请将公式单元格复制后“选择性粘贴为数值”，再重新上传");
        }
        if (columns == null) {
            columns = header(cells);
            return;
        }
        if (isExample(cells)) {
            return;
        }
        if (++dataRows > maxDataRows) {
            throw DomainException.invalid("TOO_MANY_ROWS", "file", "一次最多导入" + maxDataRows + "行人员，请分批导入");
        }
        Map<TemplateColumn, ImportCell> byColumn = new EnumMap<>(TemplateColumn.class);
        columns.forEach((index, column) -> {
            if (index < cells.size() && cells.get(index) != null) {
                byColumn.put(column, cells.get(index));
            }
        });
        CheckedRow checked = rules.check(rowNumber, byColumn);
        duplicates.check(checked);
        pending.add(checked);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    /** Ends the sheet: hands on the last chunk; refuses a sheet without a header or without data rows. */
    void finish() {
        if (columns == null) {
            throw DomainException.invalid("FILE_EMPTY", "file", "文件的第一个工作表是空的，请在模板的“工勤人员”表中填写后上传");
        }
        if (dataRows == 0) {
            throw DomainException.invalid("NO_DATA_ROWS", "file", "文件只有表头，没有人员数据，请从第2行起填写人员后上传");
        }
        flush();
    }

    private void flush() {
        if (!pending.isEmpty()) {
            chunks.accept(List.copyOf(pending));
            pending.clear();
        }
    }

    private static Map<Integer, TemplateColumn> header(List<ImportCell> cells) {
        Map<Integer, TemplateColumn> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            ImportCell cell = cells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            final int index = i;
            TemplateColumn.ofHeader(cell.text()).ifPresentOrElse(column -> {
                if (!found.containsValue(column)) {
                    found.put(index, column);
                }
            }, () -> unknown.add(Text.echo(Text.compact(cell.text()))));
        }
        List<String> missing = new ArrayList<>();
        for (TemplateColumn column : TemplateColumn.values()) {
            if (!column.optional() && !found.containsValue(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            String message = "表头与模板不符，缺少列：" + String.join("、", missing)
                    + (unknown.isEmpty() ? "" : "；无法识别的列：" + String.join("、", unknown))
                    + "。请使用下载的模板，第1行依次为：姓名、身份证号、性别、出生日期、单位、工种、现等级、取得年份、参加工作时间、手机号（可再加“在编/编外”）";
            throw DomainException.invalid("TEMPLATE_HEADERS", "file", message);
        }
        return found;
    }

    private boolean isExample(List<ImportCell> cells) {
        for (Map.Entry<Integer, TemplateColumn> entry : columns.entrySet()) {
            if (entry.getValue() == TemplateColumn.NAME && entry.getKey() < cells.size()) {
                ImportCell name = cells.get(entry.getKey());
                return name != null && name.text() != null && Text.strip(name.text()).startsWith(EXAMPLE_PREFIX);
            }
        }
        return false;
    }

    int dataRows() {
        return dataRows;
    }
}
