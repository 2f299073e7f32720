package cn.gkgateway.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** Serving a stored copy of an uploaded file (materials, batch evidence). */
public final class StoredCopies {

    private StoredCopies() {
    }

    /**
     * The stored media type exactly (the forced UTF-8 of text responses does not belong on an image or a
     * document), never sniffed, never cached by shared caches; downloads as an attachment, else inline.
     */
    public static ResponseEntity<byte[]> serve(String mediaType, String fileName, byte[] content, boolean download,
                                               HttpServletResponse response) {
        response.setCharacterEncoding((String) null);
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content);
    }
}
