package cn.gkgateway.routes.photos;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Turns a 3-byte BGR image upright for its EXIF orientation (1 = as is; 2–8 = mirrored and/or
 * rotated) by copying pixels: exact, and several times faster than an affine transform through
 * Java2D. Each destination pixel's source is {@code s0 + x·ax + y·ay}; the copy runs in 64×64 tiles
 * so that the quarter turns (which walk the source by columns) stay in the CPU cache.
 */
final class Orientation {

    private static final int TILE = 64;

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
        int stride = w * 3;
        int last = (h - 1) * stride;
        int right = (w - 1) * 3;
        int s0;
        int ax;
        int ay;
        switch (orientation) {
            case 2 -> { s0 = right; ax = -3; ay = stride; }
            case 3 -> { s0 = last + right; ax = -3; ay = -stride; }
            case 4 -> { s0 = last; ax = 3; ay = -stride; }
            case 5 -> { s0 = 0; ax = stride; ay = 3; }
            case 6 -> { s0 = last; ax = -stride; ay = 3; }
            case 7 -> { s0 = last + right; ax = -stride; ay = -3; }
            default -> { s0 = right; ax = stride; ay = -3; } // 8
        }
        int outStride = outW * 3;
        for (int ty = 0; ty < outH; ty += TILE) {
            int yEnd = Math.min(outH, ty + TILE);
            for (int tx = 0; tx < outW; tx += TILE) {
                int xEnd = Math.min(outW, tx + TILE);
                for (int y = ty; y < yEnd; y++) {
                    int d = y * outStride + tx * 3;
                    int s = s0 + tx * ax + y * ay;
                    for (int x = tx; x < xEnd; x++) {
                        dst[d] = src[s];
                        dst[d + 1] = src[s + 1];
                        dst[d + 2] = src[s + 2];
                        d += 3;
                        s += ax;
                    }
                }
            }
        }
        return out;
    }
}
