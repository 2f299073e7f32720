package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a reviewer judges: the declaration as listed, the worker's current standing, every
 * rule's result (as of now), the timeline of who did what, and the 合格库 warnings with
 * when the author confirmed them (null: not confirmed yet).
 */
public record DeclarationDetail(DeclarationView view, Level currentLevel, Integer currentLevelYear, LocalDate workStartDate,
                                Integer workYears, String currentWorkTypeName, List<RuleResult> rules,
                                List<TimelineEntry> timeline, List<String> qualificationWarnings,
                                Instant qualificationConfirmedAt) {

    public record TimelineEntry(Instant at, String action, String actionName, String actor, String detail) {
    }
}
