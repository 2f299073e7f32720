package cn.gkgateway.web;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.review.Decision;
import cn.gkgateway.rosterimport.BatchEvidence;
import cn.gkgateway.rosterimport.BatchRequestService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.InputStream;

/**
 * The endpoints every batch request that a unit submits for review shares (roster imports, key-info
 * changes), written once: the signed printout (upload, original, display copy, thumbnail), submission
 * with a contact, and the exam offices' decision. A subclass is the {@code @RestController} with the
 * resource's path and answers the request as its page shows it ({@link #view}).
 */
public abstract class BatchRequestEndpoints<R> {

    private final BatchRequestService service;

    protected BatchRequestEndpoints(BatchRequestService service) {
        this.service = service;
    }

    /** The request as the console shows it after a change. */
    protected abstract R view(Caller caller, long id);

    public record SubmitRequest(String contactName, String contactPhone) {
    }

    public record DecisionRequest(Decision decision, String reason) {
    }

    @Operation(summary = "上传签字盖章的打印件：请求体即 JPG、PNG 或 PDF 文件本身，name 为文件名；按内容校验，照片转正并去除 EXIF 后加密保存；再次上传替换")
    @PostMapping("/{id}/evidence")
    public R evidence(Caller caller, @PathVariable long id, @RequestParam(required = false) String name, HttpServletRequest request)
            throws IOException {
        try (InputStream body = request.getInputStream()) {
            service.attachEvidence(caller, id, body, name);
        }
        return view(caller, id);
    }

    @Operation(summary = "下载签字盖章的打印件（照片为转正后的全分辨率 JPEG）")
    @GetMapping("/{id}/evidence")
    public ResponseEntity<byte[]> evidenceFile(Caller caller, @PathVariable long id, HttpServletResponse response) {
        return serve(service.evidence(caller, id, BatchEvidence.Copy.ORIGINAL), true, response);
    }

    @Operation(summary = "打印件的显示图（长边≤1600像素；仅图片）")
    @GetMapping("/{id}/evidence/display")
    public ResponseEntity<byte[]> evidenceDisplay(Caller caller, @PathVariable long id, HttpServletResponse response) {
        return serve(service.evidence(caller, id, BatchEvidence.Copy.DISPLAY), false, response);
    }

    @Operation(summary = "打印件的缩略图（≤320像素；仅图片）")
    @GetMapping("/{id}/evidence/thumbnail")
    public ResponseEntity<byte[]> evidenceThumbnail(Caller caller, @PathVariable long id, HttpServletResponse response) {
        return serve(service.evidence(caller, id, BatchEvidence.Copy.THUMBNAIL), false, response);
    }

    @Operation(summary = "提交审核（须已上传签字盖章的打印件并填写联系人）")
    @PostMapping("/{id}/submit")
    public R submit(Caller caller, @PathVariable long id, @RequestBody SubmitRequest request) {
        service.submit(caller, id, request == null ? null : request.contactName(), request == null ? null : request.contactPhone());
        return view(caller, id);
    }

    @Operation(summary = "工考办审核：通过、不通过或退回；最后一步通过时一次生效")
    @PostMapping("/{id}/decision")
    public R decide(Caller caller, @PathVariable long id, @RequestBody DecisionRequest request) {
        service.decide(caller, id, request == null ? null : request.decision(), request == null ? null : request.reason());
        return view(caller, id);
    }

    private static ResponseEntity<byte[]> serve(BatchEvidence.Opened copy, boolean download, HttpServletResponse response) {
        return StoredCopies.serve(copy.mediaType(), copy.fileName(), copy.content(), download, response);
    }
}
