package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.review.ChainOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** 申报: a worker, a target level and a work type in a plan year, and where its review stands. */
@Entity
@Table(name = "declaration")
public class Declaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private Long workerId;

    @Column(nullable = false)
    private Long unitId;

    /** Keyed hash of the worker's ID number: how an applicant finds their own declarations. */
    @Column(nullable = false)
    private String personIdHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Level targetLevel;

    @Column(nullable = false)
    private String workTypeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclarationMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclarationStatus status;

    @Column(nullable = false)
    private String contactName;

    @Column(nullable = false)
    private String contactPhoneCipher;

    @Column(nullable = false)
    private String contactPhoneMasked;

    @Column(nullable = false)
    private Instant commitmentAcceptedAt;

    @Column(nullable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private Long submittedBy;

    private Instant decidedAt;

    @Version
    private int version;

    protected Declaration() {
    }

    Declaration(int year, Long workerId, Long unitId, String personIdHash, Level targetLevel, String workTypeCode,
                DeclarationMode mode, Contact contact, Instant submittedAt, Long submittedBy) {
        this.year = year;
        this.workerId = workerId;
        this.unitId = unitId;
        this.personIdHash = personIdHash;
        this.targetLevel = targetLevel;
        this.workTypeCode = workTypeCode;
        this.mode = mode;
        this.status = DeclarationStatus.UNDER_REVIEW;
        this.contactName = contact.name();
        this.contactPhoneCipher = contact.phoneCipher();
        this.contactPhoneMasked = contact.phoneMasked();
        this.commitmentAcceptedAt = submittedAt;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    /** Follows the review chain: the declaration is decided once the chain is approved, rejected or returned. */
    void follow(ChainOutcome outcome, Instant at) {
        switch (outcome) {
            case ADVANCED -> { }
            case APPROVED -> decide(DeclarationStatus.APPROVED, at);
            case REJECTED -> decide(DeclarationStatus.REJECTED, at);
            case RETURNED -> decide(DeclarationStatus.RETURNED, at);
        }
    }

    private void decide(DeclarationStatus decided, Instant at) {
        this.status = decided;
        this.decidedAt = at;
    }

    record Contact(String name, String phoneCipher, String phoneMasked) {
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getPersonIdHash() {
        return personIdHash;
    }

    public Level getTargetLevel() {
        return targetLevel;
    }

    public String getWorkTypeCode() {
        return workTypeCode;
    }

    public DeclarationMode getMode() {
        return mode;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhoneMasked() {
        return contactPhoneMasked;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
