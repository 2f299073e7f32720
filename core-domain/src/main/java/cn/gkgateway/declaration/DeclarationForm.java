package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.UnitCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.Period;

/**
 * 报名信息 of an individual declaration (seed 004, step 5): what the applicant declared about themselves — the
 * work start, the current work type, level and the year it was obtained, the unit's category and level — and the
 * textbook orders. The eligibility rules and the 合格库 check read these values, not the roster's.
 */
@Entity
@Table(name = "declaration_form")
public class DeclarationForm {

    @Id
    private Long declarationId;

    @Column(nullable = false)
    private LocalDate workStartDate;

    @Column(nullable = false)
    private String currentWorkTypeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Level currentLevel;

    /** Blank for 未定级. */
    private Integer currentLevelYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitCategory unitCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JurisdictionLevel unitLevel;

    private boolean textbookEthics;

    private boolean textbookAbility;

    private boolean textbookSkill;

    protected DeclarationForm() {
    }

    DeclarationForm(Long declarationId, ApplicantForm.Values values) {
        this.declarationId = declarationId;
        apply(values);
    }

    void apply(ApplicantForm.Values values) {
        this.workStartDate = values.workStartDate();
        this.currentWorkTypeCode = values.currentWorkTypeCode();
        this.currentLevel = values.currentLevel();
        this.currentLevelYear = values.currentLevel() == Level.NONE ? null : values.currentLevelYear();
        this.unitCategory = values.unitCategory();
        this.unitLevel = values.unitLevel();
        this.textbookEthics = values.textbookEthics();
        this.textbookAbility = values.textbookAbility();
        this.textbookSkill = values.textbookSkill();
    }

    /** 工作年限: completed years from the work start to {@code on} (the form fills it in; never negative). */
    public static int workYears(LocalDate workStartDate, LocalDate on) {
        return workStartDate == null || workStartDate.isAfter(on) ? 0 : Period.between(workStartDate, on).getYears();
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public LocalDate getWorkStartDate() {
        return workStartDate;
    }

    public String getCurrentWorkTypeCode() {
        return currentWorkTypeCode;
    }

    public Level getCurrentLevel() {
        return currentLevel;
    }

    public Integer getCurrentLevelYear() {
        return currentLevelYear;
    }

    public UnitCategory getUnitCategory() {
        return unitCategory;
    }

    public JurisdictionLevel getUnitLevel() {
        return unitLevel;
    }

    public boolean isTextbookEthics() {
        return textbookEthics;
    }

    public boolean isTextbookAbility() {
        return textbookAbility;
    }

    public boolean isTextbookSkill() {
        return textbookSkill;
    }
}
