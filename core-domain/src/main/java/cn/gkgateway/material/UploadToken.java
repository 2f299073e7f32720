package cn.gkgateway.material;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A QR-scan upload link for one slot of one declaration. Only hashes are kept: of the link's token, and of
 * the upload session the first phone to open the link receives.
 */
@Entity
@Table(name = "material_upload_token")
public class UploadToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String tokenHash;

    private String sessionHash;

    @Column(nullable = false)
    private Long declarationId;

    @Column(nullable = false)
    private String slotCode;

    @Column(nullable = false)
    private Long issuedBy;

    @Column(nullable = false)
    private Instant issuedAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant claimedAt;

    private Instant revokedAt;

    protected UploadToken() {
    }

    UploadToken(String tokenHash, long declarationId, String slotCode, long issuedBy, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.declarationId = declarationId;
        this.slotCode = slotCode;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public String getSlotCode() {
        return slotCode;
    }

    public Long getIssuedBy() {
        return issuedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
