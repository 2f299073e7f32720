package cn.gkgateway.web.rosterimport;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.rosterimport.ImportRowView;
import cn.gkgateway.rosterimport.RosterImport;
import cn.gkgateway.rosterimport.RosterImportService;
import cn.gkgateway.web.BatchRequestEndpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 导入新增人员: template, upload (the request body is the .xlsx itself), result, mode, rejected
 * rows; the printout, submission and the exam offices' decisions come from {@link BatchRequestEndpoints}. Another unit's import is 404.
 */
@Tag(name = "导入新增人员")
@RestController
@RequestMapping("/api/roster/imports")
class RosterImportController extends BatchRequestEndpoints<RosterImportResponse> {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RosterImportService imports;
    private final Catalog catalog;
    private final Organisations organisations;
    private final int maxRows;
    private final long maxFileBytes;

    RosterImportController(RosterImportService imports, Catalog catalog, Organisations organisations,
                           @Value("${gk.roster-import.max-rows:100000}") int maxRows,
                           @Value("${gk.roster-import.max-file-size:40MB}") DataSize maxFileSize) {
        super(imports);
        this.imports = imports;
        this.catalog = catalog;
        this.organisations = organisations;
        this.maxRows = maxRows;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    @Operation(summary = "下载导入模板（.xlsx）")
    @GetMapping("/template")
    ResponseEntity<byte[]> template(Caller caller) {
        caller.require(Role.UNIT_OPERATOR);
        String unitName = organisations.findById(caller.organisationId()).map(unit -> unit.getName()).orElse("");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("工勤人员导入模板.xlsx"))
                .body(RosterImportTemplate.bytes(unitName, catalog.search("", null, null), maxRows));
    }

    @Operation(summary = "上传填好的模板：请求体即 .xlsx 文件本身；逐行校验后保存为待提交的导入（尚未加入名册）")
    @PostMapping
    RosterImportResponse upload(Caller caller, HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            RosterImport created = imports.upload(caller, maxRows, sheet -> RosterImportFile.read(body, maxFileBytes, maxRows, sheet));
            return RosterImportResponse.of(imports.summary(caller, created.getId()));
        }
    }

    @Operation(summary = "本单位的导入（单位经办人）或待本机构审核的导入（工考办）")
    @GetMapping
    List<RosterImportResponse> list(Caller caller) {
        return imports.list(caller).stream().map(found -> RosterImportResponse.of(found, null, List.of(), List.of(), List.of())).toList();
    }

    @GetMapping("/{id}")
    RosterImportResponse get(Caller caller, @PathVariable long id) {
        return RosterImportResponse.of(imports.summary(caller, id));
    }

    @Operation(summary = "分页查看正确行或错误行")
    @GetMapping("/{id}/rows")
    List<ImportRowView> rows(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "false") boolean accepted,
                             @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "200") int limit) {
        return imports.rows(caller, id, accepted, offset, limit);
    }

    @Operation(summary = "下载错误行（.xlsx，任何单元格都不是公式）")
    @GetMapping("/{id}/rejected")
    void rejected(Caller caller, @PathVariable long id, HttpServletResponse response) throws IOException {
        imports.rows(caller, id, false, 0, 1);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("导入错误行.xlsx"));
        RejectedRowsWorkbook.write(each -> imports.rejectedRows(caller, id, each), response.getOutputStream());
    }

    record ModeRequest(Boolean onlyValidRows) {
    }

    @Operation(summary = "选择导入方式：全部正确才导入（默认），或只导入正确的行")
    @PutMapping("/{id}/mode")
    RosterImportResponse mode(Caller caller, @PathVariable long id, @RequestBody ModeRequest request) {
        imports.chooseMode(caller, id, request != null && Boolean.TRUE.equals(request.onlyValidRows()));
        return RosterImportResponse.of(imports.summary(caller, id));
    }

    @Override
    protected RosterImportResponse view(Caller caller, long id) {
        return RosterImportResponse.of(imports.summary(caller, id));
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
    }
}
