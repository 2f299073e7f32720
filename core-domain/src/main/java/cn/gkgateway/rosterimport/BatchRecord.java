package cn.gkgateway.rosterimport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * The part of a unit's batch request that goes through review with a signed evidence file and a
 * contact (roster imports, key-info changes): who created it and when, the evidence, the contact,
 * and when it was submitted and decided. Embedded in each request's own table, same column names.
 * Always has its creator, so Hibernate never loads it as null.
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
    private Instant submittedAt;
    private Instant decidedAt;

    protected BatchRecord() {
    }

    public BatchRecord(long createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void attachEvidence(String key, String type) {
        this.evidenceKey = key;
        this.evidenceType = type;
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

    public String getContactName() { return contactName; }
    public String getContactPhoneMasked() { return contactPhoneMasked; }
    public String getEvidenceKey() { return evidenceKey; }
    public String getEvidenceType() { return evidenceType; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
