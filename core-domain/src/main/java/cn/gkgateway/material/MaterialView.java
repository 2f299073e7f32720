package cn.gkgateway.material;

import java.time.Instant;

/** A stored file as pages see it: its unguessable id, name, type and size; no storage key. */
public record MaterialView(String id, String slotCode, String name, String mediaType, long size, Integer width, Integer height,
                           boolean image, Material.Via via, Instant uploadedAt) {

    static MaterialView of(Material material) {
        return new MaterialView(material.getPublicId(), material.getSlotCode(), material.getDisplayName(), material.getMediaType(),
                material.getSize(), material.getWidth(), material.getHeight(), material.isImage(), material.getVia(),
                material.getUploadedAt());
    }
}
