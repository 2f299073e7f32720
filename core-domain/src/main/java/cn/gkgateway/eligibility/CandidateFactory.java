package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.roster.Worker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link Candidate} from a roster entry: its standing, status, birth, and its {@link PersonRecords} (training
 * years, integrity finding, 合格库 records), read together in one statement.
 */
@Component
public class CandidateFactory {

    private final JdbcTemplate jdbc;

    public CandidateFactory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The person's training years, latest integrity finding and qualification records in one SELECT (a UNION ALL of
     * the three tables): the submission path reads them once for the rules and the 合格库 check together.
     */
    public PersonRecords records(Worker worker) {
        Set<Integer> training = new HashSet<>();
        LocalDate[] finding = new LocalDate[1];
        List<QualificationCheck.Held> held = new ArrayList<>();
        // kinds as numbers and plain NULLs: string literals would mix the connection's collation with the columns'
        jdbc.query("SELECT 1, obtained_on, NULL, title, work_type_code FROM worker_qualification WHERE worker_id = ?"
                        + " UNION ALL SELECT 2, started_on, ended_on, NULL, NULL FROM worker_training WHERE worker_id = ?"
                        + " UNION ALL SELECT 3, MAX(recorded_on), NULL, NULL, NULL FROM integrity_record"
                        + " WHERE person_id_hash = ? AND revoked_at IS NULL", rs -> {
                    LocalDate first = localDate(rs.getDate(2));
                    switch (rs.getInt(1)) {
                        case 1 -> held.add(new QualificationCheck.Held(rs.getString(4), first, rs.getString(5)));
                        case 2 -> training.addAll(yearsTouched(first, localDate(rs.getDate(3))));
                        default -> finding[0] = first;
                    }
                }, worker.getId(), worker.getId(), worker.getIdNumberHash());
        return new PersonRecords(training, finding[0], held);
    }

    /** The declared facts are the roster's own (unit declarations). */
    public Candidate forWorker(Worker worker, PersonRecords records, Level target, String workTypeCode, Candidate.Mode mode,
                               ExamPlan plan, int planYear, LocalDate today) {
        return forWorker(worker, records, worker.getLevel(), worker.getLevelYear(),
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
    public Candidate forWorker(Worker worker, PersonRecords records, Level currentLevel, Integer currentLevelYear, LocalDate workStart,
                               Level target, String workTypeCode, Candidate.Mode mode, ExamPlan plan, int planYear, LocalDate today) {
        return new Candidate(currentLevel, currentLevelYear, workStart, target, workTypeCode, plan, planYear, today,
                mode == null ? Candidate.Mode.NORMAL : mode, worker.getId(), worker.getIdNumberHash(), worker.getStatus(),
                worker.getBirthDate(), worker.getSex(), records.trainingYears(), records.lastFinding());
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** The calendar years a training record from {@code started} to {@code ended} touches (either may be missing). */
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
