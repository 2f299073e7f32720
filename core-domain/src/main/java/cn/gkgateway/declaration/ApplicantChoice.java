package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
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
 * 选择报名地市、申报级别 (seed 004, step 4): the city and target level a person chose for a plan year. Fixed once
 * saved; "如勾选有误，需删除本人报名信息后重新填报" — deleting it (with the draft) is the only way to change it.
 */
@Entity
@Table(name = "applicant_choice")
public class ApplicantChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String personIdHash;

    @Column(name = "plan_year", nullable = false)
    private int year;

    /** The city's region code (xxxx00). */
    @Column(nullable = false)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Level targetLevel;

    @Column(nullable = false)
    private Instant chosenAt;

    protected ApplicantChoice() {
    }

    ApplicantChoice(String personIdHash, int year, String regionCode, Level targetLevel, Instant chosenAt) {
        this.personIdHash = personIdHash;
        this.year = year;
        this.regionCode = regionCode;
        this.targetLevel = targetLevel;
        this.chosenAt = chosenAt;
    }

    /** Whether a unit in {@code unitRegionCode} lies in the chosen city (same first four digits). */
    boolean covers(String unitRegionCode) {
        return unitRegionCode != null && unitRegionCode.startsWith(regionCode.substring(0, 4));
    }

    public Long getId() {
        return id;
    }

    public String getPersonIdHash() {
        return personIdHash;
    }

    public int getYear() {
        return year;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Level getTargetLevel() {
        return targetLevel;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }
}
