package cn.gkgateway.declaration;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 申报单位经办人承诺书 of one exam office's region. */
@Entity
@Table(name = "commitment_letter")
public class CommitmentLetter {

    @Id
    private String regionCode;

    private String body;

    private Instant updatedAt;

    private long updatedBy;

    protected CommitmentLetter() {
    }

    CommitmentLetter(String regionCode) {
        this.regionCode = regionCode;
    }

    void change(String body, Instant at, long by) {
        this.body = body;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
