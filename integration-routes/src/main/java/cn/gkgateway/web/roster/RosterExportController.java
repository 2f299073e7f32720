package cn.gkgateway.web.roster;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.WorkerQuery;
import cn.gkgateway.roster.WorkerSearch;
import cn.gkgateway.roster.WorkerSort;
import cn.gkgateway.roster.WorkerStatus;
import cn.gkgateway.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Export of all roster lines matching the filters to .xlsx, with the columns the user picks,
 * written row by row by {@link RosterWorkbookWriter}, then sent. The console passes a progress token and polls
 * {@code /export/progress/{token}} while it downloads.
 */
@Tag(name = "工勤人员名册")
@RestController
@RequestMapping("/api/roster/workers/export")
class RosterExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final WorkerSearch search;
    private final RosterService roster;
    private final PersonalDataProtector protector;
    private final ExportProgress progress;

    RosterExportController(WorkerSearch search, RosterService roster, PersonalDataProtector protector, ExportProgress progress) {
        this.search = search;
        this.roster = roster;
        this.protector = protector;
        this.progress = progress;
    }

    record ColumnOption(ExportColumn key, String header) {
    }

    /** The filters of the list, the picked columns (in sheet order) and an optional progress token. */
    record ExportRequest(String name, String idNumber, String workTypeCode, Level level, Long unitId, WorkerStatus status,
                         WorkerSort sort, Boolean descending, List<ExportColumn> columns, String progressToken) {

        WorkerQuery query() {
            return new WorkerQuery(name, idNumber, workTypeCode, level, unitId, status, sort, descending == null || descending);
        }
    }

    record ProgressResponse(long total, long written, boolean finished) {
    }

    @Operation(summary = "可导出的列")
    @GetMapping("/columns")
    List<ColumnOption> columns() {
        return Arrays.stream(ExportColumn.values()).map(c -> new ColumnOption(c, c.header())).toList();
    }

    @Operation(summary = "导出进度（按导出时提交的 progressToken）")
    @GetMapping("/progress/{token}")
    ProgressResponse progress(Caller caller, @PathVariable String token) {
        return progress.of(token, caller.accountId())
                .map(state -> new ProgressResponse(state.total(), state.written(), state.finished()))
                .orElseThrow(() -> DomainException.notFound("EXPORT_NOT_FOUND", "未找到该导出任务"));
    }

    @Operation(summary = "导出全部符合条件的工勤人员为 .xlsx（所选列；身份证号、手机号仅本单位经办人可见全文）")
    @PostMapping
    void export(Caller caller, @RequestBody ExportRequest request, HttpServletResponse response) throws IOException {
        List<ExportColumn> columns = request.columns() == null ? List.of() : request.columns().stream().distinct().toList();
        if (columns.isEmpty()) {
            throw DomainException.invalid("EXPORT_NO_COLUMNS", "columns", "请至少选择一列导出");
        }
        String token = request.progressToken() == null || request.progressToken().length() > 64 ? null : request.progressToken();
        WorkerQuery query = request.query();
        long total = search.count(caller, query);
        roster.recordExport(caller, total, "列：" + columns.stream().map(ExportColumn::header).toList());
        progress.start(token, caller.accountId(), total);
        response.setContentType(XLSX);
        response.setHeader("X-Total-Rows", String.valueOf(total));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("工勤人员名册.xlsx", StandardCharsets.UTF_8).build().toString());
        try (RosterWorkbookWriter writer = new RosterWorkbookWriter(columns, caller, protector)) {
            search.forEach(caller, query, row -> writer.add(row, written -> progress.advance(token, written, false)));
            OutputStream out = response.getOutputStream();
            writer.writeTo(out);
            out.flush();
            progress.advance(token, writer.written(), true);
        }
    }
}
