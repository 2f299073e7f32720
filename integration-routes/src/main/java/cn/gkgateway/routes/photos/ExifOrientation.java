package cn.gkgateway.routes.photos;

/**
 * The EXIF orientation (1–8) of a JPEG, read from IFD0 of its APP1 "Exif" segment only: no IFD
 * link or sub-directory is followed, so a directory that points at itself (or loops through
 * others) cannot make this read run forever. Anything malformed counts as 1 (as taken).
 */
final class ExifOrientation {

    private static final int MAX_ENTRIES = 512;

    private ExifOrientation() {
    }

    static int of(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return 1;
        }
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return 1;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return 1; // image data: no EXIF before it
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            int start = i + 4;
            if (length < 2 || start + length - 2 > b.length) {
                return 1;
            }
            if (marker == 0xE1 && length >= 16 && b[start] == 'E' && b[start + 1] == 'x' && b[start + 2] == 'i' && b[start + 3] == 'f'
                    && b[start + 4] == 0 && b[start + 5] == 0) {
                return fromTiff(b, start + 6, start + length - 2);
            }
            i += 2 + length;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = u32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int p = (int) (tiff + ifd);
        int count = u16(b, p, little);
        if (count > MAX_ENTRIES) {
            return 1;
        }
        for (int n = 0; n < count; n++) {
            int entry = p + 2 + n * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112) {
                int type = u16(b, entry + 2, little);
                int value = type == 3 ? u16(b, entry + 8, little) : type == 4 ? (int) u32(b, entry + 8, little) : 1;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) : ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static long u32(byte[] b, int i, boolean little) {
        return little ? (b[i] & 0xFFL) | ((b[i + 1] & 0xFFL) << 8) | ((b[i + 2] & 0xFFL) << 16) | ((b[i + 3] & 0xFFL) << 24)
                : ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFFL) << 16) | ((b[i + 2] & 0xFFL) << 8) | (b[i + 3] & 0xFFL);
    }
}
