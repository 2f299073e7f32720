package cn.gkgateway.plan;

import cn.gkgateway.shared.ReferenceCache;
import jakarta.persistence.EntityListeners;
import cn.gkgateway.catalog.Level;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a plan's rule table: to declare {@code targetLevel} a worker needs {@code yearsInLevel} years in
 * the level below, or (when {@code totalWorkYears} is set) that many working years in total; and a continuing
 * education record in each of the {@code trainingYears} years before the plan year.
 */
@Entity
@EntityListeners(ReferenceCache.Changes.class)
@Table(name = "eligibility_rule")
public class EligibilityRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Level targetLevel;

    @Column(nullable = false)
    private int yearsInLevel;

    private Integer totalWorkYears;

    @Column(nullable = false)
    private int trainingYears;

    protected EligibilityRule() {
    }

    public EligibilityRule(Level targetLevel, int yearsInLevel, Integer totalWorkYears, int trainingYears) {
        this.targetLevel = targetLevel;
        this.yearsInLevel = yearsInLevel;
        this.totalWorkYears = totalWorkYears;
        this.trainingYears = trainingYears;
    }

    void change(int newYearsInLevel, Integer newTotalWorkYears, int newTrainingYears) {
        this.yearsInLevel = newYearsInLevel;
        this.totalWorkYears = newTotalWorkYears;
        this.trainingYears = newTrainingYears;
    }

    public Level getTargetLevel() {
        return targetLevel;
    }

    public int getYearsInLevel() {
        return yearsInLevel;
    }

    public Integer getTotalWorkYears() {
        return totalWorkYears;
    }

    public int getTrainingYears() {
        return trainingYears;
    }
}
