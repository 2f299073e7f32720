package cn.gkgateway.web.catalog;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.catalog.ScopeAdministration;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.catalog.WorkTypeScope;
import cn.gkgateway.catalog.WorkTypes;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 工种目录 for the exam office: every work type (retired ones with their successor) and a year's 考评范围, which it sets. */
@Tag(name = "工种目录与考评计划")
@RestController
@RequestMapping("/api/catalog")
class ScopeController {

    private final WorkTypes workTypes;
    private final Catalog catalog;
    private final ScopeAdministration administration;

    ScopeController(WorkTypes workTypes, Catalog catalog, ScopeAdministration administration) {
        this.workTypes = workTypes;
        this.catalog = catalog;
        this.administration = administration;
    }

    record CatalogLine(String code, String name, String category, boolean retired, String successorCode, String successorName,
                       List<LevelGroup> open) {
    }

    record CopyYear(int from, int to) {
    }

    record OpenFlag(boolean open) {
    }

    record Count(int lines) {
    }

    @Operation(summary = "工种目录及某年度考评范围（工考办、管理员）")
    @GetMapping("/admin/work-types")
    List<CatalogLine> catalog(Caller caller, @RequestParam int year) {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        Map<String, List<LevelGroup>> open = administration.of(year).stream().collect(Collectors.groupingBy(
                WorkTypeScope::getWorkTypeCode, Collectors.mapping(WorkTypeScope::getLevelGroup, Collectors.toList())));
        return workTypes.findAll().stream().sorted(Comparator.comparing(WorkType::getCode))
                .map(type -> new CatalogLine(type.getCode(), type.getName(), type.getCategory(), type.isRetired(),
                        type.getSuccessorCode(), catalog.current(type.getCode()).filter(s -> type.isRetired()).map(WorkType::getName).orElse(null),
                        open.getOrDefault(type.getCode(), List.of()).stream().sorted().toList()))
                .toList();
    }

    @Operation(summary = "复制某年度考评范围到另一年度（省级工考办、管理员；目标年度须为空）")
    @PostMapping("/scopes/copy")
    Count copy(Caller caller, @RequestBody CopyYear body) {
        return new Count(administration.copyYear(caller, body.from(), body.to()));
    }

    @Operation(summary = "开放或关闭某年度某等级组的一个工种")
    @PutMapping("/scopes/{year}/{group}/{code}")
    void set(Caller caller, @PathVariable int year, @PathVariable LevelGroup group, @PathVariable String code, @RequestBody OpenFlag body) {
        administration.set(caller, year, group, code, body.open());
    }

    @Operation(summary = "下载某年度考评范围（.xlsx，工作表“考评范围”：工种代码、等级，另附名称和类别；可修改后导入）")
    @GetMapping("/scopes/{year}/export")
    org.springframework.http.ResponseEntity<byte[]> exportYear(Caller caller, @PathVariable int year) throws IOException {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        List<WorkTypeScope> lines = administration.of(year).stream()
                .sorted(Comparator.comparing(WorkTypeScope::getWorkTypeCode).thenComparing(WorkTypeScope::getLevelGroup)).toList();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("考评范围");
            String[] headers = {"工种", "等级", "名称（仅供参考）", "类别（仅供参考）"};
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
                sheet.setColumnWidth(i, 18 * 256);
            }
            int r = 1;
            for (WorkTypeScope line : lines) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                WorkType type = catalog.find(line.getWorkTypeCode()).orElse(null);
                row.createCell(0).setCellValue(line.getWorkTypeCode());
                row.createCell(1).setCellValue(line.getLevelGroup().displayName());
                row.createCell(2).setCellValue(type == null ? "" : type.getName());
                row.createCell(3).setCellValue(type == null ? "" : type.getCategory());
            }
            workbook.write(out);
            return org.springframework.http.ResponseEntity.ok()
                    .contentType(org.springframework.http.MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                            .filename(year + "年考评范围.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                    .body(out.toByteArray());
        }
    }

    @Operation(summary = "导入 .xlsx 替换某年度考评范围（列：工种、等级；有错误行时不导入任何内容）")
    @PostMapping("/scopes/{year}/import")
    Count importYear(Caller caller, @PathVariable int year, @RequestPart("file") MultipartFile file) throws IOException {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("FILE_REQUIRED", "file", "请选择要导入的 .xlsx 文件");
        }
        try (InputStream in = file.getInputStream()) {
            return new Count(administration.replaceYear(caller, year, ScopeSheet.read(in, year, catalog)));
        }
    }
}
