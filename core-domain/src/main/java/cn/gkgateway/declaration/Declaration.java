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

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    private String contactName;

    private String contactPhoneCipher;

    private String contactPhoneMasked;

    private Instant commitmentAcceptedAt;

    private Instant submittedAt;

    private Long submittedBy;

    private Instant decidedAt;

    /** 1 while live (see {@link DeclarationStatus#live()}), null otherwise: the unique key's last column. */
    private Integer live;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuthorKind authorKind;

    private Instant createdAt;

    private Long createdBy;

    private String modeReason;

    private String formerPost;

    private String earlierResult;

    @Column(name = "review_round", nullable = false)
    private int round = 1;

    private Integer returnedStepNo;

    /** When the author confirmed the 合格库 warnings (确认报考); null when there were none or not yet. */
    private Instant qualificationConfirmedAt;

    @Version
    private int version;

    protected Declaration() {
    }

    /** A new draft (暂存) written by {@code author}. */
    Declaration(int year, Long workerId, Long unitId, String personIdHash, Level targetLevel, String workTypeCode,
                DeclarationMode mode, ModeDetails details, AuthorKind authorKind, Instant createdAt, Long createdBy) {
        this.year = year;
        this.workerId = workerId;
        this.unitId = unitId;
        this.personIdHash = personIdHash;
        this.targetLevel = targetLevel;
        this.workTypeCode = workTypeCode;
        this.authorKind = authorKind;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.status = DeclarationStatus.DRAFT;
        this.live = 1;
        apply(mode, details);
    }

    private void apply(DeclarationMode mode, ModeDetails details) {
        this.mode = mode;
        this.modeReason = mode == DeclarationMode.EXCEPTIONAL ? details.reason() : null;
        this.formerPost = mode == DeclarationMode.POST_CHANGE ? details.formerPost() : null;
        this.earlierResult = mode == DeclarationMode.RECHECK ? details.earlierResult() : null;
    }

    /** Whether the author may still change it: a draft, or a declaration returned for supplement. */
    public boolean editable() {
        return status == DeclarationStatus.DRAFT || status == DeclarationStatus.RETURNED;
    }

    void requireEditable() {
        if (!editable()) {
            throw DomainException.conflict("DECLARATION_NOT_EDITABLE",
                    "该申报当前为“" + status.displayName() + "”，只有暂存或退回补充的申报可以修改");
        }
    }

    /** 查看/补充: changes the work type, the mode and what the mode asks for. */
    void revise(String workTypeCode, DeclarationMode mode, ModeDetails details) {
        requireEditable();
        this.workTypeCode = workTypeCode;
        apply(mode, details);
    }

    /** An individual draft whose author chose another unit: the person's roster entry there. */
    void moveTo(Long newWorkerId, Long newUnitId) {
        requireDraft();
        this.workerId = newWorkerId;
        this.unitId = newUnitId;
    }

    /** What the mode still lacks before the declaration can be submitted; empty when complete. */
    List<FieldProblem> missing() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!mode.allowedFor(targetLevel)) {
            problems.add(new FieldProblem("mode", targetLevel.displayName() + "不能选择" + mode.displayName()
                    + "，技师、高级技师只能选择正常申报或破格申报", "DECLARATION_MODE_NOT_ALLOWED"));
        }
        switch (mode) {
            case EXCEPTIONAL -> {
                // the proof is a material slot (破格晋升证明材料, issue 17), checked on submit by MaterialRequirement
                if (modeReason == null || modeReason.isBlank()) {
                    problems.add(new FieldProblem("reason", "破格申报请填写破格理由（不超过100字）", "TEXT_REQUIRED"));
                }
            }
            case POST_CHANGE -> {
                if (formerPost == null || formerPost.isBlank()) {
                    problems.add(new FieldProblem("formerPost", "转岗申报请填写转岗前的岗位（工种）", "TEXT_REQUIRED"));
                }
            }
            case RECHECK -> {
                if (earlierResult == null || earlierResult.isBlank()) {
                    problems.add(new FieldProblem("earlierResult", "复核申报请填写原考核结果", "TEXT_REQUIRED"));
                }
            }
            default -> { }
        }
        return problems;
    }

    /** 提交: a draft goes to review with its contact, the commitment accepted at {@code at}. */
    void submit(Contact contact, Instant at, Long by) {
        requireDraft();
        this.contactName = contact.name();
        this.contactPhoneCipher = contact.phoneCipher();
        this.contactPhoneMasked = contact.phoneMasked();
        this.commitmentAcceptedAt = at;
        this.submittedAt = at;
        this.submittedBy = by;
        this.status = DeclarationStatus.UNDER_REVIEW;
    }

    void requireDraft() {
        if (status != DeclarationStatus.DRAFT) {
            throw DomainException.conflict("DECLARATION_NOT_DRAFT",
                    "该申报当前为“" + status.displayName() + "”，不能再次提交" + (status == DeclarationStatus.RETURNED ? "，请使用重新提交" : ""));
        }
    }

    /** 重新提交: a returned declaration goes back to review in a new round; answers the step it re-enters at. */
    int resubmit(Instant at, Long by) {
        requireReturned();
        this.round++;
        this.status = DeclarationStatus.UNDER_REVIEW;
        this.submittedAt = at;
        this.submittedBy = by;
        this.decidedAt = null;
        return returnedStepNo == null ? 1 : returnedStepNo;
    }

    void requireReturned() {
        if (status != DeclarationStatus.RETURNED) {
            throw DomainException.conflict("DECLARATION_NOT_RETURNED",
                    "该申报当前为“" + status.displayName() + "”，只有退回补充的申报可以重新提交");
        }
    }

    /** 撤回: only while under review and {@code undecided} (no reviewer has decided in this round). */
    void withdraw(boolean undecided, Instant at) {
        if (status != DeclarationStatus.UNDER_REVIEW || !undecided) {
            throw DomainException.conflict("DECLARATION_NOT_WITHDRAWABLE",
                    "只有已提交且尚未被审核的申报可以撤回，该申报当前为“" + status.displayName() + "”"
                            + (status == DeclarationStatus.UNDER_REVIEW ? "且已有审核意见" : ""));
        }
        this.status = DeclarationStatus.WITHDRAWN;
        this.live = null;
        this.decidedAt = at;
    }

    void requireDeletable() {
        if (status != DeclarationStatus.DRAFT) {
            throw DomainException.conflict("DECLARATION_NOT_DRAFT",
                    "该申报当前为“" + status.displayName() + "”，只有暂存的申报可以删除");
        }
    }

    /** Follows the review chain: the declaration is decided once the chain is approved, rejected or returned. */
    void follow(ChainOutcome outcome, int stepNo, Instant at) {
        switch (outcome) {
            case ADVANCED -> { }
            case APPROVED -> decide(DeclarationStatus.APPROVED, at);
            case REJECTED -> {
                decide(DeclarationStatus.REJECTED, at);
                this.live = null;
            }
            case RETURNED -> {
                decide(DeclarationStatus.RETURNED, at);
                this.returnedStepNo = stepNo;
            }
        }
    }

    private void decide(DeclarationStatus decided, Instant at) {
        this.status = decided;
        this.decidedAt = at;
    }

    record Contact(String name, String phoneCipher, String phoneMasked) {
    }

    public AuthorKind getAuthorKind() {
        return authorKind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getModeReason() {
        return modeReason;
    }

    public String getFormerPost() {
        return formerPost;
    }

    public String getEarlierResult() {
        return earlierResult;
    }

    public int getRound() {
        return round;
    }

    public Integer getReturnedStepNo() {
        return returnedStepNo;
    }

    public Instant getQualificationConfirmedAt() {
        return qualificationConfirmedAt;
    }

    void confirmQualification(Instant at) {
        this.qualificationConfirmedAt = at;
    }

    public Instant getCommitmentAcceptedAt() {
        return commitmentAcceptedAt;
    }

    public boolean isLive() {
        return live != null;
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
