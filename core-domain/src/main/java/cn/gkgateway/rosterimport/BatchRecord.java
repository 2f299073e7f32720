package cn.gkgateway.rosterimport;

import cn.gkgateway.evidence.MaterialKind;
import cn.gkgateway.evidence.StoredMaterial;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Optional;

/**
 * The part of a unit's batch request that goes through review with a signed evidence file and a
 * contact (roster imports, key-info changes): who created it and when, the evidence, the contact,
 * and when it was submitted and decided. Embedded in each request's own table, same column names.
 * Always has its creator, so Hibernate never loads it as null.
 * <p>
 * The evidence is a material of the shared pipeline ({@link BatchEvidence}): its copies' keys, name,
 * size and pixel size. A printout stored before that pipeline (V24) has only {@code evidenceKey}, the
 * older evidence store's key, and stays readable as the original.
 */
@Embeddable
public class BatchRecord {

    @Column(nullable = false)
    private Long createdBy;
    @Column(nullable = false)
    private Instant createdAt;
    private String contactName;
    private String contactPhoneCipher;
    private String contactPhoneMasked;
    private String evidenceKey;
    private String evidenceType;
    private String evidenceId;
    private String evidenceName;
    private Long evidenceSize;
    private Integer evidenceWidth;
    private Integer evidenceHeight;
    private String evidenceOriginalKey;
    private String evidenceDisplayKey;
    private String evidenceThumbnailKey;
    private Instant submittedAt;
    private Instant decidedAt;

    protected BatchRecord() {
    }

    public BatchRecord(long createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Takes {@code material} as the evidence; answers the one it replaces, whose copies the caller discards. */
    public Optional<StoredMaterial> attachEvidence(StoredMaterial material) {
        Optional<StoredMaterial> replaced = stored();
        this.evidenceKey = null;
        this.evidenceType = material.mediaType();
        this.evidenceId = material.id();
        this.evidenceName = material.displayName();
        this.evidenceSize = material.size();
        this.evidenceWidth = material.width();
        this.evidenceHeight = material.height();
        this.evidenceOriginalKey = material.originalKey();
        this.evidenceDisplayKey = material.displayKey();
        this.evidenceThumbnailKey = material.thumbnailKey();
        return replaced;
    }

    public void submit(String contactName, String phoneCipher, String phoneMasked, Instant at) {
        this.contactName = contactName;
        this.contactPhoneCipher = phoneCipher;
        this.contactPhoneMasked = phoneMasked;
        this.submittedAt = at;
    }

    public void decided(Instant at) {
        this.decidedAt = at;
    }

    public boolean hasEvidence() {
        return evidenceOriginalKey != null || evidenceKey != null;
    }

    /** What a page shows of the evidence, or null without one. */
    public EvidenceFacts evidence() {
        if (evidenceOriginalKey != null) {
            return new EvidenceFacts(evidenceName, evidenceType, evidenceSize, evidenceDisplayKey != null, evidenceWidth, evidenceHeight);
        }
        if (evidenceKey != null) {
            return new EvidenceFacts(BatchEvidence.legacyName(evidenceType), evidenceType, null, false, null, null);
        }
        return null;
    }

    /** The evidence's material, when it came through the material pipeline. */
    Optional<StoredMaterial> stored() {
        if (evidenceOriginalKey == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredMaterial(evidenceId, MaterialKind.PRINTOUT, evidenceType, evidenceName,
                evidenceSize == null ? 0 : evidenceSize, evidenceWidth, evidenceHeight, evidenceOriginalKey, evidenceDisplayKey,
                evidenceThumbnailKey));
    }

    /** The older evidence store's key of a printout uploaded before the material pipeline, or null. */
    String legacyEvidenceKey() {
        return evidenceKey;
    }

    /** The evidence as shown: a name, the served media type, bytes (unknown for older files), whether it has a thumbnail. */
    public record EvidenceFacts(String name, String mediaType, Long size, boolean image, Integer width, Integer height) {
    }

    public String getContactName() { return contactName; }
    public String getContactPhoneMasked() { return contactPhoneMasked; }
    public String getEvidenceType() { return evidenceType; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
