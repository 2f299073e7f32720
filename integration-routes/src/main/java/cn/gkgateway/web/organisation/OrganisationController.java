package cn.gkgateway.web.organisation;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationFilter;
import cn.gkgateway.organisation.OrganisationImport;
import cn.gkgateway.organisation.OrganisationImportRejected;
import cn.gkgateway.organisation.OrganisationKind;
import cn.gkgateway.organisation.OrganisationService;
import cn.gkgateway.organisation.OrganisationStatus;
import cn.gkgateway.organisation.RowFault;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.web.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 组织机构管理 for the administrator and exam offices, each within its region (the domain enforces scope). */
@Tag(name = "组织机构管理")
@RestController
@RequestMapping("/api/admin/organisations")
class OrganisationController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OrganisationService organisations;
    private final OrganisationImport importer;

    OrganisationController(OrganisationService organisations, OrganisationImport importer) {
        this.organisations = organisations;
        this.importer = importer;
    }

    /** The outcome of an import: how many organisations were created, and which. */
    record ImportResult(int created, List<OrganisationResponse> organisations) {
    }

    /** A refused import: the API's error shape plus every faulty cell with its row, column and stable code. */
    record ImportRefusal(String code, String message, List<ApiError.FieldError> fieldErrors, List<RowFault> faults) {
    }

    @Operation(summary = "组织机构列表（按调用者管辖区域；可按类型、状态、名称筛选）")
    @GetMapping
    List<OrganisationResponse> list(Caller caller, @RequestParam(required = false) OrganisationKind kind,
                                    @RequestParam(required = false) OrganisationStatus status,
                                    @RequestParam(required = false) String name) {
        return responses(organisations.list(caller, new OrganisationFilter(kind, status, name)));
    }

    @Operation(summary = "组织机构树（按调用者管辖区域）")
    @GetMapping("/tree")
    List<OrganisationResponse> tree(Caller caller, @RequestParam(required = false) OrganisationStatus status) {
        return OrganisationResponse.tree(responses(organisations.list(caller, new OrganisationFilter(null, status, null))));
    }

    @Operation(summary = "组织机构详情")
    @GetMapping("/{id}")
    OrganisationResponse get(Caller caller, @PathVariable long id) {
        return response(organisations.get(caller, id));
    }

    @Operation(summary = "新增工考办、主管部门或单位")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OrganisationResponse create(Caller caller, @RequestBody OrganisationRequests.Create request) {
        return response(organisations.create(caller, request.command()));
    }

    @Operation(summary = "修改组织机构信息")
    @PutMapping("/{id}")
    OrganisationResponse update(Caller caller, @PathVariable long id, @RequestBody OrganisationRequests.Update request) {
        return response(organisations.update(caller, id, request.command()));
    }

    @Operation(summary = "迁移组织机构（更换上级单位和/或主管部门）")
    @PostMapping("/{id}/move")
    OrganisationResponse move(Caller caller, @PathVariable long id, @RequestBody OrganisationRequests.Move request) {
        return response(organisations.move(caller, id, request.command()));
    }

    @Operation(summary = "关闭组织机构（不删除，不再办理新业务）")
    @PostMapping("/{id}/close")
    OrganisationResponse close(Caller caller, @PathVariable long id) {
        return response(organisations.close(caller, id));
    }

    @Operation(summary = "恢复已关闭的组织机构")
    @PostMapping("/{id}/reopen")
    OrganisationResponse reopen(Caller caller, @PathVariable long id) {
        return response(organisations.reopen(caller, id));
    }

    @Operation(summary = "下载组织机构导入模板（.xlsx）")
    @GetMapping("/template")
    ResponseEntity<byte[]> template(Caller caller) {
        organisations.requireManager(caller);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("组织机构导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(OrganisationTemplate.bytes());
    }

    @Operation(summary = "从 .xlsx 模板导入组织机构（整体导入：任何一行有误则全部不导入）")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(Caller caller, @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        organisations.requireManager(caller);
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("FILE_REQUIRED", "file", "请选择要上传的 .xlsx 文件");
        }
        try (InputStream in = file.getInputStream()) {
            List<Organisation> created = importer.importRows(caller, OrganisationSheet.read(in));
            return new ImportResult(created.size(), responses(created));
        }
    }

    @ExceptionHandler(OrganisationImportRejected.class)
    ResponseEntity<ImportRefusal> importRejected(OrganisationImportRejected e) {
        List<ApiError.FieldError> fields = e.fieldProblems().stream().map(p -> new ApiError.FieldError(p.field(), p.message())).toList();
        return ResponseEntity.unprocessableEntity().body(new ImportRefusal(e.code(), e.getMessage(), fields, e.faults()));
    }

    private List<OrganisationResponse> responses(List<Organisation> found) {
        Map<Long, String> names = found.stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        Function<Long, String> name = id -> id == null ? null : names.computeIfAbsent(id, organisations::nameOf);
        return found.stream().map(o -> OrganisationResponse.of(o, name)).toList();
    }

    private OrganisationResponse response(Organisation organisation) {
        return OrganisationResponse.of(organisation, organisations::nameOf);
    }
}
