package cn.gkgateway.quota;

import cn.gkgateway.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * 高级技师申报指标 (seed 003): per unit, work type and year, from the unit's current number of 技师 (在岗) in that
 * work type — 20 or more → 3, 10–19 → 2, 5–9 → 1, 4 or fewer → 1, but not in two consecutive years.
 * "往年未通过全省高级技师综合评审者不占指标": such a re-applicant holds a place that does not count.
 * <p>
 * Concurrency: a place is taken under a row lock on the unit's organisation row ({@code SELECT … FOR UPDATE}),
 * a row that always exists, so concurrent takers for one unit queue up instead of racing or deadlocking on
 * a counter row that one of them would have to create. Under that lock the counter row {@code senior_quota}
 * (allowed, used) is read with {@code FOR UPDATE} too: a locking read sees what the previous holder committed,
 * where a plain read in REPEATABLE READ would see the transaction's older snapshot. Runs inside the caller's transaction: if the declaration fails later,
 * the place goes back with the rollback.
 */
@Service
public class QuotaLedger {

    public record Place(long unitId, String workTypeCode, int year, long workerId, boolean counted, int allowed, int used) {
    }

    public record Standing(int technicians, int allowed, int used, boolean consecutiveBarred) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public QuotaLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The places for 技师 head counts: ≥20 → 3, 10–19 → 2, 5–9 → 1, ≤4 → 1 unless the unit declared last year (then 0). */
    public static int allowed(int technicians, boolean declaredLastYear) {
        if (technicians >= 20) {
            return 3;
        }
        if (technicians >= 10) {
            return 2;
        }
        if (technicians >= 5) {
            return 1;
        }
        return declaredLastYear ? 0 : 1;
    }

    /**
     * Takes a place for the worker (idempotent per worker and year), or refuses with {@code QUOTA_EXHAUSTED}.
     * Must run in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Place take(long unitId, String workTypeCode, int year, long workerId, String personIdHash) {
        lockUnit(unitId);
        // locking reads from here on: they see what the unit's previous lock holder committed, not this transaction's snapshot
        List<Boolean> existing = jdbc.query("SELECT counted FROM senior_quota_place WHERE worker_id = ? AND plan_year = ? FOR UPDATE",
                (rs, i) -> rs.getBoolean(1), workerId, year);
        int used = usedNow(unitId, workTypeCode, year);
        Standing standing = standing(unitId, workTypeCode, year, used);
        if (!existing.isEmpty()) {
            return new Place(unitId, workTypeCode, year, workerId, existing.get(0), standing.allowed(), used);
        }
        boolean failedBefore = personIdHash != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM senior_review_failure WHERE person_id_hash = ? AND review_year < ?", Boolean.class, personIdHash, year));
        if (!failedBefore && used >= standing.allowed()) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED, "QUOTA_EXHAUSTED", refusal(standing, year));
        }
        jdbc.update("INSERT INTO senior_quota_place (unit_id, work_type_code, plan_year, worker_id, counted, taken_at) VALUES (?, ?, ?, ?, ?, ?)",
                unitId, workTypeCode, year, workerId, !failedBefore, Timestamp.from(clock.instant()));
        int nowUsed = used + (failedBefore ? 0 : 1);
        keepCounter(unitId, workTypeCode, year, standing.allowed(), nowUsed);
        return new Place(unitId, workTypeCode, year, workerId, !failedBefore, standing.allowed(), nowUsed);
    }

    /** Gives the worker's place of {@code year} back (on withdrawal or rejection); nothing when none is held. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean release(long workerId, int year) {
        List<Object[]> held = jdbc.query("SELECT unit_id, work_type_code FROM senior_quota_place WHERE worker_id = ? AND plan_year = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, workerId, year);
        if (held.isEmpty()) {
            return false;
        }
        long unitId = (Long) held.get(0)[0];
        String workTypeCode = (String) held.get(0)[1];
        lockUnit(unitId);
        List<Boolean> counted = jdbc.query("SELECT counted FROM senior_quota_place WHERE worker_id = ? AND plan_year = ? FOR UPDATE",
                (rs, i) -> rs.getBoolean(1), workerId, year);
        if (counted.isEmpty()) {
            return false;
        }
        jdbc.update("DELETE FROM senior_quota_place WHERE worker_id = ? AND plan_year = ?", workerId, year);
        int used = Math.max(0, usedNow(unitId, workTypeCode, year) - (counted.get(0) ? 1 : 0));
        keepCounter(unitId, workTypeCode, year, standing(unitId, workTypeCode, year, used).allowed(), used);
        return true;
    }

    /** The counter row's places in use, read with a lock (0 before the first place of the year). */
    private int usedNow(long unitId, String workTypeCode, int year) {
        List<Integer> used = jdbc.queryForList("SELECT used FROM senior_quota WHERE unit_id = ? AND work_type_code = ? AND plan_year = ? FOR UPDATE",
                Integer.class, unitId, workTypeCode, year);
        return used.isEmpty() ? 0 : used.get(0);
    }

    /** Head count, places allowed and used (counted places only) now. */
    @Transactional(readOnly = true)
    public Standing standing(long unitId, String workTypeCode, int year) {
        Integer used = jdbc.queryForObject("SELECT COUNT(*) FROM senior_quota_place WHERE unit_id = ? AND work_type_code = ?"
                + " AND plan_year = ? AND counted = TRUE", Integer.class, unitId, workTypeCode, year);
        return standing(unitId, workTypeCode, year, used);
    }

    private Standing standing(long unitId, String workTypeCode, int year, int used) {
        Integer technicians = jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE unit_id = ? AND work_type_code = ?"
                + " AND level = 'TECHNICIAN' AND status = 'ACTIVE'", Integer.class, unitId, workTypeCode);
        Integer lastYear = jdbc.queryForObject("SELECT COUNT(*) FROM senior_quota_place WHERE unit_id = ? AND work_type_code = ?"
                + " AND plan_year = ? AND counted = TRUE", Integer.class, unitId, workTypeCode, year - 1);
        boolean consecutive = technicians <= 4 && lastYear > 0;
        return new Standing(technicians, allowed(technicians, lastYear > 0), used, consecutive);
    }

    /** Records that the person failed the province's comprehensive review of {@code reviewYear}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordReviewFailure(String personIdHash, int reviewYear, long recordedBy) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM senior_review_failure WHERE person_id_hash = ? AND review_year = ?",
                Integer.class, personIdHash, reviewYear);
        if (present == 0) {
            jdbc.update("INSERT INTO senior_review_failure (person_id_hash, review_year, recorded_by, created_at) VALUES (?, ?, ?, ?)",
                    personIdHash, reviewYear, recordedBy, Timestamp.from(clock.instant()));
        }
        return present == 0;
    }

    private void lockUnit(long unitId) {
        List<Long> locked = jdbc.queryForList("SELECT id FROM organisation WHERE id = ? FOR UPDATE", Long.class, unitId);
        if (locked.isEmpty()) {
            throw DomainException.notFound("UNIT_NOT_FOUND", "未找到该单位");
        }
    }

    private void keepCounter(long unitId, String workTypeCode, int year, int allowed, int used) {
        int changed = jdbc.update("UPDATE senior_quota SET allowed = ?, used = ? WHERE unit_id = ? AND work_type_code = ? AND plan_year = ?",
                allowed, used, unitId, workTypeCode, year);
        if (changed == 0) {
            jdbc.update("INSERT INTO senior_quota (unit_id, work_type_code, plan_year, allowed, used) VALUES (?, ?, ?, ?, ?)",
                    unitId, workTypeCode, year, allowed, used);
        }
    }

    private static String refusal(Standing standing, int year) {
        if (standing.consecutiveBarred()) {
            return "本单位该工种现有技师" + standing.technicians() + "人（4人及以下），不能连续两年申报高级技师，" + (year - 1)
                    + "年度已申报，" + year + "年度无申报指标";
        }
        return "本单位该工种现有技师" + standing.technicians() + "人，" + year + "年度高级技师申报指标为" + standing.allowed()
                + "人，已全部占用";
    }
}
