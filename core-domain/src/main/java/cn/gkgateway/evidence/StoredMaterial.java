package cn.gkgateway.evidence;

/**
 * One accepted and stored material. {@code mediaType} is that of what is served: {@code image/jpeg}
 * for every photo (its copies are re-encoded JPEGs, whatever was uploaded), else the document's
 * type. {@code size} is the bytes of the full copy. Photos have {@code width}/{@code height} (upright,
 * in pixels) and three keys: the full-resolution copy ({@code originalKey}), the display copy (long
 * side at most 1600 px) and the thumbnail (at most 320 px). Documents and PDFs have only
 * {@code originalKey}; the others are null. Keys are opaque, generated, and never shown to users.
 * {@code displayName} is the upload's name with any path removed and unsafe characters replaced.
 */
public record StoredMaterial(String id, MaterialKind kind, String mediaType, String displayName, long size,
                             Integer width, Integer height, String originalKey, String displayKey, String thumbnailKey) {

    public boolean isImage() {
        return displayKey != null;
    }
}
