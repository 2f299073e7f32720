package cn.gkgateway.web.material;

import cn.gkgateway.web.StoredCopies;
import cn.gkgateway.config.MaterialProperties;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.material.DeclarationMaterials;
import cn.gkgateway.material.MaterialAccess;
import cn.gkgateway.material.MaterialService;
import cn.gkgateway.material.MaterialService.Copy;
import cn.gkgateway.material.MaterialService.OpenedCopy;
import cn.gkgateway.material.MaterialView;
import cn.gkgateway.material.ScanUploads;
import cn.gkgateway.material.ScanUploads.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Materials of a declaration on the PC pages: the slots and their files, upload (the request body is the
 * file itself, its name in {@code name}), delete before submission, the three copies of a file, the
 * QR-scan links, and a server-sent event stream that tells an open page about new files.
 */
@Tag(name = "申报材料")
@RestController
@RequestMapping("/api")
class MaterialController {

    private final MaterialService materials;
    private final ScanUploads scanUploads;
    private final MaterialAccess access;
    private final MaterialEventHub events;
    private final MaterialProperties properties;

    MaterialController(MaterialService materials, ScanUploads scanUploads, MaterialAccess access, MaterialEventHub events,
                       MaterialProperties properties) {
        this.materials = materials;
        this.scanUploads = scanUploads;
        this.access = access;
        this.events = events;
        this.properties = properties;
    }

    @Operation(summary = "申报的材料栏目及已上传的文件（能查看该申报者均可查看）")
    @GetMapping("/declarations/{id}/materials")
    DeclarationMaterials list(Caller caller, @PathVariable long id) {
        return materials.list(caller, id);
    }

    @Operation(summary = "电脑上传一个文件到材料栏目（单位经办人代为上传或申报人本人；请求体即文件本身，name 为文件名）")
    @PostMapping("/declarations/{id}/materials/{slotCode}")
    @ResponseStatus(HttpStatus.CREATED)
    MaterialView upload(Caller caller, @PathVariable long id, @PathVariable String slotCode, @RequestParam String name,
                        HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return materials.upload(caller, id, slotCode, body, name);
        }
    }

    @Operation(summary = "删除一个文件（申报提交前）")
    @DeleteMapping("/materials/{materialId}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String materialId) {
        materials.delete(caller, materialId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "缩略图（≤320像素）")
    @GetMapping("/materials/{materialId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(Caller caller, @PathVariable String materialId, HttpServletResponse response) {
        return serve(materials.open(caller, materialId, Copy.THUMBNAIL), false, response);
    }

    @Operation(summary = "全屏查看的显示图（长边≤1600像素）")
    @GetMapping("/materials/{materialId}/display")
    ResponseEntity<byte[]> display(Caller caller, @PathVariable String materialId, HttpServletResponse response) {
        return serve(materials.open(caller, materialId, Copy.DISPLAY), false, response);
    }

    @Operation(summary = "下载原图（全分辨率）或文档")
    @GetMapping("/materials/{materialId}/original")
    ResponseEntity<byte[]> original(Caller caller, @PathVariable String materialId, HttpServletResponse response) {
        return serve(materials.open(caller, materialId, Copy.ORIGINAL), true, response);
    }

    record ScanLink(long tokenId, String link, String qrCode, String slotCode, String slotName, Instant expiresAt) {
    }

    @Operation(summary = "手机扫码上传：为一个材料栏目生成一次性上传链接及其二维码（PNG）")
    @PostMapping("/declarations/{id}/materials/{slotCode}/scan-links")
    @ResponseStatus(HttpStatus.CREATED)
    ScanLink scanLink(Caller caller, @PathVariable long id, @PathVariable String slotCode) {
        IssuedToken issued = scanUploads.issue(caller, id, slotCode);
        String base = properties.publicBaseUrl().isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : properties.publicBaseUrl();
        String link = base.replaceAll("/+$", "") + "/h5/#/scan/" + issued.token();
        return new ScanLink(issued.tokenId(), link, QrCodes.dataUrl(link), issued.slotCode(), issued.slotName(), issued.expiresAt());
    }

    @Operation(summary = "作废一个扫码上传链接")
    @DeleteMapping("/scan-links/{tokenId}")
    ResponseEntity<Void> revoke(Caller caller, @PathVariable long tokenId) {
        scanUploads.revoke(caller, tokenId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "材料的实时更新（server-sent events：有新文件时推送 material 事件）")
    @GetMapping(path = "/declarations/{id}/materials/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(Caller caller, @PathVariable long id, HttpServletResponse response) throws IOException {
        access.visible(caller, id);
        // proxies such as nginx would otherwise hold the events back in their buffers
        response.setHeader("X-Accel-Buffering", "no");
        return events.subscribe(id);
    }

    private static ResponseEntity<byte[]> serve(OpenedCopy copy, boolean download, HttpServletResponse response) {
        return StoredCopies.serve(copy.mediaType(), copy.fileName(), copy.content(), download, response);
    }
}
