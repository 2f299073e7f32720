package cn.gkgateway.web.excel;

import cn.gkgateway.shared.DomainException;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Turns the handler's cell events into {@link XlsxRow}s. */
final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final int maxRows;
    private final Consumer<XlsxRow> rows;
    private final List<String> cells = new ArrayList<>();
    private final Set<Integer> formulas = new HashSet<>();
    private int nextColumn;
    private int count;

    RowCollector(int maxRows, Consumer<XlsxRow> rows) {
        this.maxRows = maxRows;
        this.rows = rows;
    }

    void formulaAt(int column) {
        formulas.add(column);
    }

    @Override
    public void startRow(int rowNum) {
        cells.clear();
        formulas.clear();
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
        rows.accept(new XlsxRow(rowNum + 1, Collections.unmodifiableList(new ArrayList<>(cells)), Set.copyOf(formulas)));
    }
}
