package cn.gkgateway.eligibility;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 诚信记录 (seed 003): "对弄虚作假、虚报业绩的申报人员，一经查实，记入诚信记录，3年内不得重新申报等级考评".
 * The exam office records a finding against a worker in its region; the record is kept by the person's ID
 * number hash, so it follows the person to another unit. A person is barred until three years after the
 * finding (the anniversary itself is free again).
 */
@Service
public class IntegrityRecords {

    public static final int BAN_YEARS = 3;
    static final int MAX_REASON = 200;

    public record IntegrityRecord(long id, long workerId, String workerName, String idNumberMasked, long unitId,
                                  LocalDate recordedOn, LocalDate barredUntil, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final RosterService roster;
    private final ScopePolicy scopePolicy;
    private final AuditLog auditLog;
    private final Clock clock;

    public IntegrityRecords(JdbcTemplate jdbc, RosterService roster, ScopePolicy scopePolicy, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.scopePolicy = scopePolicy;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The first day the person may declare again, when a finding still bars them on {@code day}. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> barredUntil(String personIdHash, LocalDate day) {
        if (personIdHash == null) {
            return Optional.empty();
        }
        List<LocalDate> found = jdbc.query("SELECT MAX(recorded_on) FROM integrity_record WHERE person_id_hash = ?",
                (rs, i) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), personIdHash);
        return found.stream().filter(java.util.Objects::nonNull).findFirst()
                .map(recorded -> recorded.plusYears(BAN_YEARS)).filter(until -> day.isBefore(until));
    }

    @Transactional
    public long record(Caller caller, long workerId, LocalDate recordedOn, String reason) {
        caller.require(Role.EXAM_OFFICE);
        Worker worker = roster.get(caller, workerId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (recordedOn == null) {
            problems.add(new FieldProblem("recordedOn", "请填写查实日期"));
        } else if (recordedOn.isAfter(today)) {
            problems.add(new FieldProblem("recordedOn", "查实日期不能晚于今天"));
        }
        String text = Text.line(reason, "reason", "事由", MAX_REASON, problems);
        if (text == null && problems.stream().noneMatch(p -> p.field().equals("reason"))) {
            problems.add(new FieldProblem("reason", "请填写事由", "TEXT_REQUIRED"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "INTEGRITY_RECORD_INVALID", problems.get(0).message(), problems);
        }
        jdbc.update("INSERT INTO integrity_record (person_id_hash, worker_id, unit_id, recorded_on, reason, recorded_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", worker.getIdNumberHash(), worker.getId(), worker.getUnitId(),
                Date.valueOf(recordedOn), text, caller.accountId(), Timestamp.from(clock.instant()));
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM integrity_record WHERE person_id_hash = ?", Long.class, worker.getIdNumberHash());
        auditLog.record(caller, "INTEGRITY_RECORDED", "worker", worker.getId(),
                worker.getName() + " " + worker.getIdNumberMasked() + " " + recordedOn + " " + text);
        return id;
    }

    /** The records of workers the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<IntegrityRecord> visible(Caller caller) {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        return jdbc.query("SELECT r.id, r.worker_id, w.name, w.id_number_masked, r.unit_id, r.recorded_on, r.reason"
                        + " FROM integrity_record r JOIN worker w ON w.id = r.worker_id ORDER BY r.recorded_on DESC, r.id DESC",
                (rs, i) -> new IntegrityRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getDate(6).toLocalDate(), rs.getDate(6).toLocalDate().plusYears(BAN_YEARS), rs.getString(7)))
                .stream().filter(record -> scopePolicy.covers(caller, record.unitId())).toList();
    }
}
