package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.plan.EligibilityRule;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.PlanDefaults;
import cn.gkgateway.plan.RegistrationWindow;
import cn.gkgateway.roster.WorkerStatus;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules look at: the worker's current standing, what is declared and how (mode), the plan that
 * governs the unit (null when there is none), the day of the declaration, and what the roster knows of the
 * person (status, birth date and sex, the years with continuing-education records, the latest integrity finding not
 * revoked). Built by
 * {@link CandidateFactory} from a roster entry; the short constructor serves callers that know only the
 * declared facts (those rules that need more then pass).
 */
public record Candidate(Level currentLevel, Integer currentLevelYear, LocalDate workStartDate,
                        Level targetLevel, String workTypeCode, ExamPlan plan, int planYear, LocalDate today,
                        Mode mode, Long workerId, String personIdHash, WorkerStatus status, LocalDate birthDate, String sex,
                        Set<Integer> trainingYears, LocalDate lastIntegrityFinding) {

    /** 申报方式, as the declaration names them (same constant names as the declaration's mode). */
    public enum Mode { NORMAL, EXCEPTIONAL, POST_CHANGE, RECHECK, VETERAN }

    public Candidate(Level currentLevel, Integer currentLevelYear, LocalDate workStartDate,
                     Level targetLevel, String workTypeCode, ExamPlan plan, int planYear, LocalDate today) {
        this(currentLevel, currentLevelYear, workStartDate, targetLevel, workTypeCode, plan, planYear, today,
                Mode.NORMAL, null, null, WorkerStatus.ACTIVE, null, null, null, null);
    }

    /** The first day the person may declare again, when an integrity finding still bars them today. */
    public Optional<LocalDate> barredUntil() {
        return IntegrityRecords.barredUntil(lastIntegrityFinding, today);
    }

    /** Whole years from {@code fromYear} to the plan year, as the notices count a level's years. */
    public int yearsSince(int fromYear) {
        return planYear - fromYear;
    }

    /** Completed working years at the end of the plan year (so the anniversary on 31 December counts). */
    public int workYears() {
        return Period.between(workStartDate, LocalDate.of(planYear, 12, 31)).getYears();
    }

    /** The plan's rule line for the target level, or the defaults without a plan. */
    public EligibilityRule rule() {
        return plan == null ? PlanDefaults.rule(targetLevel) : plan.rule(targetLevel);
    }

    /** The date by which the candidate must still be in post: the window's cut-off, else the plan year's end. */
    public LocalDate inPostCutoff() {
        if (plan != null && targetLevel.group() != null) {
            LocalDate cutoff = plan.window(targetLevel.group()).map(RegistrationWindow::getInPostCutoff).orElse(null);
            if (cutoff != null) {
                return cutoff;
            }
        }
        return LocalDate.of(planYear, 12, 31);
    }

    public boolean is(Mode candidateMode) {
        return (mode == null ? Mode.NORMAL : mode) == candidateMode;
    }
}
