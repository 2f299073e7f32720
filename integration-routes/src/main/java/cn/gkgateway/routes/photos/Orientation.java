package cn.gkgateway.routes.photos;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Turns a 3-byte BGR image upright for its EXIF orientation (1 = as is; 2–8 = mirrored and/or
 * rotated), by copying pixels: exact, and faster than an affine transform through Java2D.
 */
final class Orientation {

    private Orientation() {
    }

    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int outW = swap ? h : w;
        int outH = swap ? w : h;
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
        byte[] src = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int srcStride = w * 3;
        for (int y = 0; y < outH; y++) {
            int d = y * outW * 3;
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                int s = sy * srcStride + sx * 3;
                dst[d++] = src[s];
                dst[d++] = src[s + 1];
                dst[d++] = src[s + 2];
            }
        }
        return out;
    }
}
