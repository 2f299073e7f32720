package cn.gkgateway.evidence;

/**
 * Turns an accepted photo (JPEG or PNG, already checked by {@link MaterialIntake}: type, pixel
 * dimensions, end marker) into its three upright JPEG copies. Implemented outside the domain (a
 * Camel route with bounded concurrency): decode once, rotate by the EXIF orientation, re-encode at
 * full resolution (which drops EXIF, GPS, comments and trailing bytes), then the display copy and
 * the thumbnail. Refusals are {@code DomainException}s (IMAGE_TRUNCATED, UPLOAD_BUSY).
 */
public interface PhotoProcessor {

    /** Long side of the display copy, in pixels. */
    int DISPLAY_SIZE = 1600;
    /** Long side of the thumbnail, in pixels. */
    int THUMBNAIL_SIZE = 320;

    ProcessedPhoto process(byte[] content);

    /** The three JPEG copies and the upright full size. */
    record ProcessedPhoto(byte[] full, byte[] display, byte[] thumbnail, int width, int height) {
    }
}
