package cn.gkgateway.web.organisation;

import cn.gkgateway.organisation.OrganisationImport;
import cn.gkgateway.organisation.OrganisationRow;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.web.excel.XlsxReader;
import cn.gkgateway.web.excel.XlsxRow;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an uploaded organisation sheet into import rows: the first non-blank row must carry the
 * template's headers (in any order); example rows are skipped; formulas are passed on to be refused.
 */
final class OrganisationSheet {

    private OrganisationSheet() {
    }

    static List<OrganisationRow> read(InputStream upload) {
        List<OrganisationRow> rows = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        XlsxReader.read(upload, OrganisationTemplate.SHEET, OrganisationImport.MAX_ROWS + 1, row -> {
            if (columns.isEmpty()) {
                columns.putAll(headers(row));
                return;
            }
            String name = cell(row, columns, "名称");
            if (name != null && name.startsWith(OrganisationTemplate.EXAMPLE_PREFIX)) {
                return;
            }
            List<String> formulas = OrganisationTemplate.HEADERS.stream()
                    .filter(header -> row.formulaColumns().contains(columns.get(header))).toList();
            rows.add(new OrganisationRow(row.number(), name, cell(row, columns, "类型"), cell(row, columns, "统一社会信用代码"),
                    cell(row, columns, "单位类别"), cell(row, columns, "层级"), cell(row, columns, "行政区划代码"),
                    cell(row, columns, "主管部门"), cell(row, columns, "上级单位"), formulas));
        });
        if (columns.isEmpty()) {
            throw DomainException.invalid("IMPORT_EMPTY", "file", "文件是空的：请在下载的模板中从第2行起填写");
        }
        return rows;
    }

    private static Map<String, Integer> headers(XlsxRow row) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String title = row.cell(i);
            if (title != null) {
                columns.putIfAbsent(title.replace("*", "").strip(), i);
            }
        }
        List<String> missing = OrganisationTemplate.HEADERS.stream().filter(h -> !columns.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalid("IMPORT_TEMPLATE_MISMATCH", "file", "第" + row.number() + "行表头缺少："
                    + String.join("、", missing) + "；请使用下载的模板填写");
        }
        return columns;
    }

    private static String cell(XlsxRow row, Map<String, Integer> columns, String header) {
        return row.cell(columns.get(header));
    }
}
