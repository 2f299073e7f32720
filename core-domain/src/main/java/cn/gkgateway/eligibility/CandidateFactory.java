package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.roster.Worker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/** Builds a {@link Candidate} from a roster entry: its standing, status, birth and the years of its training records. */
@Component
public class CandidateFactory {

    private final JdbcTemplate jdbc;

    public CandidateFactory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The declared facts are the roster's own (unit declarations). */
    public Candidate forWorker(Worker worker, Level target, String workTypeCode, Candidate.Mode mode,
                               ExamPlan plan, int planYear, LocalDate today) {
        return forWorker(worker, worker.getLevel(), worker.getLevelYear(),
                countedWorkStart(worker.getWorkStartDate(), worker.isWorkStartMonthOnly()), target, workTypeCode, mode, plan, planYear, today);
    }

    /**
     * The work start the rules count from. When the roster knows only the month (an import with 参加工作时间 as 2008-12,
     * stored as its 1st), years are counted from the month's last day, so that nobody is admitted on a day they might
     * not have reached; counted on 31 December of the plan year, a start in December still completes that year.
     */
    static LocalDate countedWorkStart(LocalDate workStart, boolean monthOnly) {
        return workStart == null || !monthOnly ? workStart : YearMonth.from(workStart).atEndOfMonth();
    }

    /** The current level, its year and the work start as the declarant typed them (individual declarations). */
    public Candidate forWorker(Worker worker, Level currentLevel, Integer currentLevelYear, LocalDate workStart, Level target,
                               String workTypeCode, Candidate.Mode mode, ExamPlan plan, int planYear, LocalDate today) {
        return new Candidate(currentLevel, currentLevelYear, workStart, target, workTypeCode, plan, planYear, today,
                mode == null ? Candidate.Mode.NORMAL : mode, worker.getId(), worker.getIdNumberHash(), worker.getStatus(),
                worker.getBirthDate(), worker.getSex(), trainingYears(worker.getId()));
    }

    /** Every year a training record's dates touch (a record without dates counts for none). */
    Set<Integer> trainingYears(long workerId) {
        Set<Integer> years = new HashSet<>();
        jdbc.query("SELECT started_on, ended_on FROM worker_training WHERE worker_id = ?", rs -> {
            Date started = rs.getDate(1);
            Date ended = rs.getDate(2);
            years.addAll(yearsTouched(started == null ? null : started.toLocalDate(), ended == null ? null : ended.toLocalDate()));
        }, workerId);
        return years;
    }

    /** The calendar years a record from {@code started} to {@code ended} touches (either may be missing). */
    static Set<Integer> yearsTouched(LocalDate started, LocalDate ended) {
        Set<Integer> years = new HashSet<>();
        LocalDate from = started != null ? started : ended;
        LocalDate to = ended != null ? ended : from;
        if (from != null) {
            for (int year = from.getYear(); year <= Math.max(from.getYear(), to.getYear()); year++) {
                years.add(year);
            }
        }
        return years;
    }
}
