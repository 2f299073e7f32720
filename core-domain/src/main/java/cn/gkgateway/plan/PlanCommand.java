package cn.gkgateway.plan;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A plan as the exam office types it: times are Asia/Shanghai wall time. {@code rules} null or empty means the
 * defaults ({@link PlanDefaults#rules()}); {@code regionCode} null means the office's own region.
 */
public record PlanCommand(Integer year, String regionCode, String name, List<Window> windows, List<Rule> rules) {

    public record Window(LevelGroup levelGroup, LocalDateTime opensAt, LocalDateTime closesAt, LocalDate inPostCutoff,
                         LocalDate examOn, LocalDateTime admitCardFrom, LocalDateTime resultsAt) {
    }

    public record Rule(Level targetLevel, Integer yearsInLevel, Integer totalWorkYears, Integer trainingYears) {
    }
}
