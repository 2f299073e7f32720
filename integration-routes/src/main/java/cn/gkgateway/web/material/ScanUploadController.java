package cn.gkgateway.web.material;

import cn.gkgateway.material.MaterialView;
import cn.gkgateway.material.ScanUploads;
import cn.gkgateway.material.ScanUploads.ScanTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;

/**
 * The phone's side of 手机扫码上传, without sign-in: the link's token is the credential. Opening the link
 * claims it and answers an upload session ({@code X-Upload-Session} on later calls), whose declaration,
 * slot, person (name and masked ID number) and expiry the page shows.
 */
@Tag(name = "手机扫码上传")
@RestController
@RequestMapping("/api/scan-uploads")
class ScanUploadController {

    static final String SESSION = "X-Upload-Session";

    private final ScanUploads scanUploads;

    ScanUploadController(ScanUploads scanUploads) {
        this.scanUploads = scanUploads;
    }

    record Claim(String token) {
    }

    @Operation(summary = "打开扫码链接：领取一次性上传会话（链接此后不能再次打开）")
    @PostMapping("/claim")
    ScanTarget claim(@RequestBody Claim claim) {
        return scanUploads.claim(claim == null ? null : claim.token());
    }

    @Operation(summary = "上传会话的申报人、材料栏目与已上传文件")
    @GetMapping("/session")
    ScanTarget session(@RequestHeader(name = SESSION, required = false) String session) {
        return scanUploads.target(session);
    }

    @Operation(summary = "手机上传一个文件到会话的材料栏目（请求体即文件本身，name 为文件名）")
    @PostMapping("/{declarationId}/{slotCode}/files")
    @ResponseStatus(HttpStatus.CREATED)
    MaterialView upload(@RequestHeader(name = SESSION, required = false) String session, @PathVariable long declarationId,
                        @PathVariable String slotCode, @RequestParam String name, HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return scanUploads.upload(session, declarationId, slotCode, body, name);
        }
    }
}
