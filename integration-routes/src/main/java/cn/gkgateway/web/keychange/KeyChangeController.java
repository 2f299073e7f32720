package cn.gkgateway.web.keychange;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.keychange.KeyChangeRequest;
import cn.gkgateway.keychange.KeyChangeService;
import cn.gkgateway.web.rosterimport.RosterImportFile;
import cn.gkgateway.web.BatchRequestEndpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 关键信息修改: the sheet of the selected workers, upload of the edited sheet (the request body is the
 * .xlsx itself; the same file checks as the import), old vs new; the printout, submission and the exam
 * offices' decisions come from {@link BatchRequestEndpoints}. Only the operator of the workers' own unit asks; another unit's change is 404.
 */
@Tag(name = "关键信息修改")
@RestController
@RequestMapping("/api/roster/key-changes")
class KeyChangeController extends BatchRequestEndpoints<KeyChangeResponse> {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final KeyChangeService changes;
    private final long maxFileBytes;

    KeyChangeController(KeyChangeService changes, @Value("${gk.roster-import.max-file-size:40MB}") DataSize maxFileSize) {
        super(changes);
        this.changes = changes;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    record Selection(List<Long> workerIds) {
    }

    @Operation(summary = "导出所选人员的关键信息修改表（.xlsx，当前值，身份证号为文本）；仅本单位经办人、仅本单位人员")
    @PostMapping("/sheet")
    ResponseEntity<byte[]> sheet(Caller caller, @RequestBody Selection selection) {
        byte[] bytes = KeyChangeSheetWriter.write(changes.template(caller, selection == null ? null : selection.workerIds()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("关键信息修改表.xlsx")).body(bytes);
    }

    @Operation(summary = "上传修改后的关键信息修改表：请求体即 .xlsx 文件本身；逐行对比新旧值并校验，保存为待提交（名册尚未改变）")
    @PostMapping
    KeyChangeResponse upload(Caller caller, HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            KeyChangeRequest created = changes.upload(caller, KeyChangeService.MAX_SELECTED,
                    sheet -> RosterImportFile.readRows(body, maxFileBytes, KeyChangeService.MAX_SELECTED, sheet::row));
            return KeyChangeResponse.of(changes.summary(caller, created.getId()));
        }
    }

    @Operation(summary = "本单位的关键信息修改（单位经办人）或待本机构审核的（工考办）")
    @GetMapping
    List<KeyChangeResponse> list(Caller caller) {
        return changes.list(caller).stream().map(found -> KeyChangeResponse.of(found, null, List.of(), List.of())).toList();
    }

    @GetMapping("/{id}")
    KeyChangeResponse get(Caller caller, @PathVariable long id) {
        return KeyChangeResponse.of(changes.summary(caller, id));
    }

    record ModeRequest(Boolean onlyValidRows) {
    }

    @Operation(summary = "选择提交方式：只提交可修改的行（默认），或全部正确才提交（有不予修改的行时整份不提交）")
    @PutMapping("/{id}/mode")
    KeyChangeResponse mode(Caller caller, @PathVariable long id, @RequestBody ModeRequest request) {
        changes.chooseMode(caller, id, request == null || !Boolean.FALSE.equals(request.onlyValidRows()));
        return view(caller, id);
    }

    @Operation(summary = "下载不予修改的行（.xlsx：原行号、表中的新值（身份证号脱敏）、不予修改原因）")
    @GetMapping("/{id}/rejected")
    ResponseEntity<byte[]> rejected(Caller caller, @PathVariable long id) {
        byte[] bytes = RefusedRowsWorkbook.write(changes.refusedRows(caller, id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("关键信息修改不予修改的行.xlsx")).body(bytes);
    }

    @Override
    protected KeyChangeResponse view(Caller caller, long id) {
        return KeyChangeResponse.of(changes.summary(caller, id));
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
    }
}
