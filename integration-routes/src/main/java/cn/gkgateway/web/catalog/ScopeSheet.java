package cn.gkgateway.web.catalog;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.catalog.WorkTypeScope;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.web.excel.XlsxReader;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a year's 考评范围 from an .xlsx (first sheet, through the streaming {@link XlsxReader}):
 * a header row with 工种 (code or name) and 等级 (等级工, 技师 or 高级技师), one line per open
 * work type and level group. Every faulty line is reported at once (SCOPE_IMPORT_INVALID);
 * formulas, unknown or retired work types and unknown level groups are faults; duplicates count once.
 */
final class ScopeSheet {

    static final int MAX_ROWS = 5000;

    private ScopeSheet() {
    }

    static List<WorkTypeScope> read(InputStream upload, int year, Catalog catalog) {
        Map<String, WorkTypeScope> lines = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        int[] columns = {-1, -1};
        XlsxReader.read(upload, "考评范围", MAX_ROWS + 1, row -> {
            if (columns[0] < 0 && columns[1] < 0) {
                for (int i = 0; i < row.cells().size(); i++) {
                    String title = row.cell(i);
                    if ("工种".equals(title) || "工种代码".equals(title) || "工种名称".equals(title)) {
                        columns[0] = i;
                    } else if ("等级".equals(title) || "等级组".equals(title)) {
                        columns[1] = i;
                    }
                }
                if (columns[0] < 0 || columns[1] < 0) {
                    throw DomainException.invalid("SCOPE_IMPORT_HEADERS", "file", "第" + row.number() + "行表头应含“工种”和“等级”两列");
                }
                return;
            }
            if (row.hasFormula()) {
                problems.add(new FieldProblem("row" + row.number(), "第" + row.number() + "行含公式，请改为直接填写文字", "FORMULA_NOT_ALLOWED"));
                return;
            }
            String typed = row.cell(columns[0]);
            Optional<WorkType> type = typed == null ? Optional.empty() : catalog.find(typed).or(() -> byName(catalog, typed));
            Optional<LevelGroup> group = Arrays.stream(LevelGroup.values())
                    .filter(g -> g.displayName().equals(row.cell(columns[1])) || g.name().equals(row.cell(columns[1]))).findFirst();
            if (type.isEmpty() || type.get().isRetired()) {
                problems.add(new FieldProblem("row" + row.number(), "第" + row.number() + "行工种不存在或已取消：" + (typed == null ? "（空）" : typed), "UNKNOWN_WORK_TYPE"));
            } else if (group.isEmpty()) {
                problems.add(new FieldProblem("row" + row.number(), "第" + row.number() + "行等级应为 等级工、技师 或 高级技师", "UNKNOWN_LEVEL"));
            } else {
                lines.putIfAbsent(type.get().getCode() + "/" + group.get(), new WorkTypeScope(year, group.get(), type.get().getCode()));
            }
        });
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "SCOPE_IMPORT_INVALID",
                    "有 " + problems.size() + " 行不正确，未导入任何内容", problems);
        }
        if (lines.isEmpty()) {
            throw DomainException.invalid("SCOPE_IMPORT_EMPTY", "file", "文件中没有考评范围");
        }
        return List.copyOf(lines.values());
    }

    private static Optional<WorkType> byName(Catalog catalog, String name) {
        return catalog.search(name, null, null).stream().filter(e -> e.name().equals(name)).findFirst()
                .flatMap(e -> catalog.find(e.code()));
    }
}
