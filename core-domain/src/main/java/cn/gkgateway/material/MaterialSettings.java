package cn.gkgateway.material;

import java.time.Duration;

/** How long a QR-scan upload link lives (default 10 minutes) and how many files one slot takes. */
public record MaterialSettings(Duration scanTokenTtl, int maxFilesPerSlot) {

    public MaterialSettings {
        if (scanTokenTtl == null || scanTokenTtl.isNegative() || scanTokenTtl.isZero()) {
            throw new IllegalArgumentException("gk.material-uploads.scan-token-ttl must be positive");
        }
        if (maxFilesPerSlot < 1) {
            throw new IllegalArgumentException("gk.material-uploads.max-files-per-slot must be at least 1");
        }
    }
}
