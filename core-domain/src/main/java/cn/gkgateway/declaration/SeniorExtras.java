package cn.gkgateway.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The 高级技师 extras of a declaration (issue 16, seed 004): 年度考核结果, 学习工作简历, 奖惩情况,
 * 主要技术业务工作业绩, the claimed optional conditions (1…8) and the thesis title. Values arrive here
 * already validated ({@link SeniorExtrasForm}).
 */
@Entity
@Table(name = "declaration_senior_extras")
public class SeniorExtras {

    @Id
    private Long declarationId;

    @Enumerated(EnumType.STRING)
    private AnnualAssessment annualAssessment;

    private String resume;

    private String rewardsPenalties;

    private String achievements;

    @Column(nullable = false)
    private String claimedConditions = "";

    private String thesisTitle;

    @Column(nullable = false)
    private Instant updatedAt;

    private Long updatedBy;

    @Version
    private int version;

    protected SeniorExtras() {
    }

    SeniorExtras(long declarationId) {
        this.declarationId = declarationId;
    }

    void change(SeniorExtrasForm form, Instant at, Long by) {
        this.annualAssessment = form.annualAssessment();
        this.resume = form.resume();
        this.rewardsPenalties = form.rewardsPenalties();
        this.achievements = form.achievements();
        this.claimedConditions = form.claimedConditions().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.thesisTitle = form.thesisTitle();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public AnnualAssessment getAnnualAssessment() {
        return annualAssessment;
    }

    public String getResume() {
        return resume;
    }

    public String getRewardsPenalties() {
        return rewardsPenalties;
    }

    public String getAchievements() {
        return achievements;
    }

    /** The claimed optional conditions, 1…8, ascending. */
    public SortedSet<Integer> getClaimedConditions() {
        if (claimedConditions == null || claimedConditions.isBlank()) {
            return new TreeSet<>();
        }
        return Arrays.stream(claimedConditions.split(",")).map(String::trim).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public String getThesisTitle() {
        return thesisTitle;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** What is still missing for submission, by field (every item at once). */
    List<String> missingFields() {
        return SeniorExtrasForm.missing(annualAssessment, resume, rewardsPenalties, achievements, thesisTitle);
    }
}
