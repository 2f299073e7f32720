package cn.gkgateway.web;

import cn.gkgateway.evidence.EvidenceFile;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.InputStream;

/**
 * The web side of a batch request's evidence file (roster imports, key-info changes): the upload's
 * body is the file itself, and the download is served with its stored media type.
 */
public final class EvidenceUploads {

    private EvidenceUploads() {
    }

    /** Reads the request body, at most one byte over the limit so that the size check can refuse it. */
    public static byte[] read(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return body.readNBytes(EvidenceFile.MAX_BYTES + 1);
        }
    }

    /** The stored evidence file as a download that browsers do not sniff. */
    public static ResponseEntity<byte[]> file(String mediaType, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}
