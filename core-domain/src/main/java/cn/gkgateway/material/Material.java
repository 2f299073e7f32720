package cn.gkgateway.material;

import cn.gkgateway.evidence.MaterialKind;
import cn.gkgateway.evidence.StoredMaterial;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One file in a slot of a declaration. Known outside only by its unguessable {@code publicId}; its copies
 * live in the evidence storage under keys that are never shown.
 */
@Entity
@Table(name = "material")
public class Material {

    /** How the file arrived: from a PC page, or from a phone that scanned the slot's QR code. */
    public enum Via { PC, SCAN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String publicId;

    @Column(nullable = false)
    private Long declarationId;

    @Column(nullable = false)
    private String slotCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaterialKind kind;

    @Column(nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private String displayName;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    private Integer width;

    private Integer height;

    private String originalKey;

    private String displayKey;

    private String thumbnailKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "uploaded_via", nullable = false)
    private Via via;

    private Long uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected Material() {
    }

    Material(long declarationId, String slotCode, StoredMaterial stored, Via via, Long uploadedBy, Instant uploadedAt) {
        this.publicId = stored.id();
        this.declarationId = declarationId;
        this.slotCode = slotCode;
        this.kind = stored.kind();
        this.mediaType = stored.mediaType();
        this.displayName = stored.displayName();
        this.size = stored.size();
        this.width = stored.width();
        this.height = stored.height();
        this.originalKey = stored.originalKey();
        this.displayKey = stored.displayKey();
        this.thumbnailKey = stored.thumbnailKey();
        this.via = via;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** What the storage holds for this file, for discarding it. */
    StoredMaterial stored() {
        return new StoredMaterial(publicId, kind, mediaType, displayName, size, width, height, originalKey, displayKey, thumbnailKey);
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public String getSlotCode() {
        return slotCode;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getSize() {
        return size;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    String getOriginalKey() {
        return originalKey;
    }

    String getDisplayKey() {
        return displayKey;
    }

    String getThumbnailKey() {
        return thumbnailKey;
    }

    public boolean isImage() {
        return displayKey != null;
    }

    public Via getVia() {
        return via;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
