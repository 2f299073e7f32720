package cn.gkgateway.routes.photos;

import cn.gkgateway.evidence.PhotoProcessor;
import cn.gkgateway.evidence.PhotoProcessor.ProcessedPhoto;
import cn.gkgateway.shared.DomainException;
import net.coobird.thumbnailator.Thumbnails;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One photo's three copies: decoded once (ImageIO, with TwelveMonkeys' JPEG reader for CMYK/YCCK
 * JPEGs; any decoder warning — ImageIO only warns on a truncated file — is a refusal), turned upright
 * by its EXIF orientation, flattened onto white (transparent PNG areas), re-encoded at full resolution
 * (so no EXIF, GPS, comment or trailing byte survives), then scaled with Thumbnailator to the display
 * copy (long side ≤ 1600 px) and, from that, the thumbnail (≤ 320 px). In memory only: ImageIO's disk
 * cache is off, no temporary file is written.
 */
public class PhotoRenderer {

    static {
        ImageIO.setUseCache(false);
    }

    private final float fullQuality;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    public PhotoRenderer(float fullQuality) {
        this.fullQuality = fullQuality;
    }

    public PhotoRenderer() {
        this(0.9f);
    }

    /** Most photos rendered at the same time since start (the pipeline's concurrency bound holds it). */
    public int peakConcurrency() {
        return peak.get();
    }

    public ProcessedPhoto render(byte[] content) {
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        try {
            int orientation = ExifOrientation.of(content);
            BufferedImage upright = Orientation.apply(toBgr(decode(content)), orientation);
            byte[] full = jpeg(upright, fullQuality);
            BufferedImage display = shrink(upright, PhotoProcessor.DISPLAY_SIZE);
            byte[] displayJpeg = jpeg(display, 0.85f);
            BufferedImage thumbnail = shrink(display, PhotoProcessor.THUMBNAIL_SIZE);
            return new ProcessedPhoto(full, displayJpeg, jpeg(thumbnail, 0.8f), upright.getWidth(), upright.getHeight());
        } catch (IOException e) {
            throw truncated();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static BufferedImage decode(byte[] content) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw truncated();
            }
            ImageReader reader = readers.next();
            try {
                boolean[] warned = {false};
                reader.addIIOReadWarningListener((source, warning) -> warned[0] |= !isColourProfileNotice(warning));
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                BufferedImage image = reader.read(0, param);
                if (warned[0]) {
                    throw truncated();
                }
                return image;
            } catch (RuntimeException e) {
                if (e instanceof DomainException refusal) {
                    throw refusal;
                }
                // decoders answer corrupt data with IllegalArgumentException, ArrayIndexOutOfBounds, CMMException …
                throw truncated();
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * TwelveMonkeys warns when a CMYK JPEG has no embedded ICC profile (it then converts with a
     * built-in one): the picture is whole, so that notice is no failure. Every other warning is
     * (truncated data, corrupt entropy data, bad markers …).
     */
    static boolean isColourProfileNotice(String warning) {
        return warning != null && warning.contains("ICC") && !warning.toLowerCase(java.util.Locale.ROOT).contains("premature");
    }

    /** 3-byte BGR on white: what the JPEG writer takes fastest, without alpha. Grey is copied, not colour-converted. */
    static BufferedImage toBgr(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            byte[] grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            byte[] out = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
            int stride = image.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel model ? model.getScanlineStride() : image.getWidth();
            int o = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                int row = y * stride;
                for (int x = 0; x < image.getWidth(); x++) {
                    byte g = grey[row + x];
                    out[o++] = g;
                    out[o++] = g;
                    out[o++] = g;
                }
            }
            return bgr;
        }
        Graphics2D g = bgr.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return bgr;
    }

    /**
     * Long side at most {@code longSide}: halved by 2×2 box averaging while that still leaves at least
     * {@code longSide} (cheap, and exact area sampling), then the last step (a factor under 2) by
     * Thumbnailator. 12 MP → 1600 px this way takes about a third of Thumbnailator's time from the full image.
     */
    static BufferedImage shrink(BufferedImage image, int longSide) throws IOException {
        BufferedImage current = image;
        while (Math.max(current.getWidth(), current.getHeight()) / 2 >= longSide) {
            current = halve(current);
        }
        if (Math.max(current.getWidth(), current.getHeight()) <= longSide) {
            return current;
        }
        BufferedImage small = Thumbnails.of(current).size(longSide, longSide).keepAspectRatio(true).asBufferedImage();
        return small.getType() == BufferedImage.TYPE_3BYTE_BGR ? small : toBgr(small);
    }

    /** Half the width and height, each pixel the mean of a 2×2 block (a trailing odd row/column is dropped). */
    static BufferedImage halve(BufferedImage image) {
        int w = image.getWidth() / 2;
        int h = image.getHeight() / 2;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] src = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int stride = image.getWidth() * 3;
        int d = 0;
        for (int y = 0; y < h; y++) {
            int row0 = 2 * y * stride;
            int row1 = row0 + stride;
            int a = row0;
            int b = row1;
            for (int x = 0; x < w; x++) {
                dst[d] = (byte) (((src[a] & 0xFF) + (src[a + 3] & 0xFF) + (src[b] & 0xFF) + (src[b + 3] & 0xFF) + 2) >> 2);
                dst[d + 1] = (byte) (((src[a + 1] & 0xFF) + (src[a + 4] & 0xFF) + (src[b + 1] & 0xFF) + (src[b + 4] & 0xFF) + 2) >> 2);
                dst[d + 2] = (byte) (((src[a + 2] & 0xFF) + (src[a + 5] & 0xFF) + (src[b + 2] & 0xFF) + (src[b + 5] & 0xFF) + 2) >> 2);
                d += 3;
                a += 6;
                b += 6;
            }
        }
        return out;
    }

    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = jpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(16 * 1024, image.getWidth() * image.getHeight() / 3));
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JDK's own JPEG writer (TwelveMonkeys' delegates to it anyway). */
    private static ImageWriter jpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter fallback = null;
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio")) {
                if (fallback != null) {
                    fallback.dispose();
                }
                return writer;
            }
            if (fallback == null) {
                fallback = writer;
            } else {
                writer.dispose();
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("no JPEG writer");
        }
        return fallback;
    }

    static DomainException truncated() {
        return DomainException.invalid("IMAGE_TRUNCATED", "file", "图片不完整或已损坏（可能未上传完），请重新拍摄或导出后上传");
    }
}
