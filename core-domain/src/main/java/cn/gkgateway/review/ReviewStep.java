package cn.gkgateway.review;

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

/**
 * One step of a subject's review chain (a declaration today; roster imports later), with who
 * decided, when, what and why. The version guards against two reviewers deciding at once.
 */
@Entity
@Table(name = "review_step")
public class ReviewStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String subjectType;

    @Column(nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private int stepNo;

    /** 1 for the first submission; each resubmission after a return starts a new round. */
    @Column(name = "review_round", nullable = false)
    private int round = 1;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepStatus status;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String reason;

    private Long reviewerAccountId;

    private String reviewerName;

    private Instant decidedAt;

    @Version
    private int version;

    protected ReviewStep() {
    }

    ReviewStep(String subjectType, long subjectId, int stepNo, StepDefinition definition, StepStatus status) {
        this(subjectType, subjectId, 1, stepNo, definition, status);
    }

    ReviewStep(String subjectType, long subjectId, int round, int stepNo, StepDefinition definition, StepStatus status) {
        this.round = round;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.stepNo = stepNo;
        this.name = definition.name();
        this.organisationId = definition.organisationId();
        this.organisationName = definition.organisationName();
        this.status = status;
    }

    void decide(Decision decision, String reason, long reviewerAccountId, String reviewerName, Instant at) {
        this.status = StepStatus.DONE;
        this.decision = decision;
        this.reason = reason;
        this.reviewerAccountId = reviewerAccountId;
        this.reviewerName = reviewerName;
        this.decidedAt = at;
    }

    void activate() {
        this.status = StepStatus.PENDING;
    }

    void close() {
        this.status = StepStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public int getRound() {
        return round;
    }

    StepDefinition definition() {
        return new StepDefinition(name, organisationId, organisationName);
    }

    public int getStepNo() {
        return stepNo;
    }

    public String getName() {
        return name;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public StepStatus getStatus() {
        return status;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public Long getReviewerAccountId() {
        return reviewerAccountId;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
