package cn.gkgateway.plan;

import cn.gkgateway.shared.ReferenceCache;
import jakarta.persistence.EntityListeners;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 年度考评计划: a year's registration windows for a region (a province-wide plan has region 32xxxx) and the
 * rule table its eligibility policies read. A unit is governed by the most specific plan covering its region.
 */
@Entity
@EntityListeners(ReferenceCache.Changes.class)
@Table(name = "exam_plan")
public class ExamPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String regionCode;

    @Column(nullable = false)
    private String name;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id", nullable = false)
    private List<RegistrationWindow> windows = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "plan_id", nullable = false)
    private List<EligibilityRule> rules = new ArrayList<>();

    protected ExamPlan() {
    }

    /** A plan with the default rule table ({@link PlanDefaults#rules()}). */
    public ExamPlan(int year, String regionCode, String name, List<RegistrationWindow> windows) {
        this(year, regionCode, name, windows, PlanDefaults.rules());
    }

    public ExamPlan(int year, String regionCode, String name, List<RegistrationWindow> windows, List<EligibilityRule> rules) {
        this.year = year;
        this.regionCode = regionCode;
        this.name = name;
        this.windows.addAll(windows);
        this.rules.addAll(rules);
    }

    /** Replaces name, windows and rules; windows of a level group that stays are changed in place. */
    void change(String name, List<RegistrationWindow> newWindows, List<EligibilityRule> newRules) {
        this.name = name;
        windows.removeIf(old -> newWindows.stream().noneMatch(w -> w.getLevelGroup() == old.getLevelGroup()));
        for (RegistrationWindow fresh : newWindows) {
            Optional<RegistrationWindow> existing = window(fresh.getLevelGroup());
            if (existing.isPresent()) {
                existing.get().change(fresh.opensAt(), fresh.closesAt(), fresh.getInPostCutoff(), fresh.getExamOn(),
                        fresh.getAdmitCardFrom(), fresh.getResultsAt());
            } else {
                windows.add(fresh);
            }
        }
        // in place, so that no row is inserted before its old twin is deleted (unique plan_id, target_level)
        rules.removeIf(old -> newRules.stream().noneMatch(r -> r.getTargetLevel() == old.getTargetLevel()));
        for (EligibilityRule fresh : newRules) {
            Optional<EligibilityRule> existing = rules.stream().filter(r -> r.getTargetLevel() == fresh.getTargetLevel()).findFirst();
            if (existing.isPresent()) {
                existing.get().change(fresh.getYearsInLevel(), fresh.getTotalWorkYears(), fresh.getTrainingYears());
            } else {
                rules.add(fresh);
            }
        }
    }

    public Optional<RegistrationWindow> window(LevelGroup group) {
        return windows.stream().filter(window -> window.getLevelGroup() == group).findFirst();
    }

    /** The rule line for a target level; the default line when the table has none. */
    public EligibilityRule rule(Level target) {
        return rules.stream().filter(rule -> rule.getTargetLevel() == target).findFirst()
                .orElseGet(() -> PlanDefaults.rule(target));
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    public List<RegistrationWindow> getWindows() {
        return List.copyOf(windows);
    }

    public List<EligibilityRule> getRules() {
        return List.copyOf(rules);
    }
}
