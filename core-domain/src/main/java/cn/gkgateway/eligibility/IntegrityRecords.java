package cn.gkgateway.eligibility;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Scope;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.organisation.ScopedPersonSearch;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 诚信记录 (seed 003): "对弄虚作假、虚报业绩的申报人员，一经查实，记入诚信记录，3年内不得重新申报等级考评".
 * The exam office records a finding against a worker in its region; the record is kept by the person's ID
 * number hash, so it follows the person to another unit. A person is barred until three years after the
 * finding (the anniversary itself is free again). A record made by mistake is revoked with a reason (audited)
 * and bars nobody afterwards; it stays in the list, marked 已撤销.
 */
@Service
public class IntegrityRecords {

    public static final int BAN_YEARS = 3;
    static final int MAX_REASON = 200;

    public record IntegrityRecord(long id, long workerId, String workerName, String idNumberMasked, long unitId, String unitName,
                                  LocalDate recordedOn, LocalDate barredUntil, String reason, boolean revoked,
                                  Instant revokedAt, String revokeReason) {
    }

    /** The list's filters; each may be empty. {@code idNumber} is a full ID number, matched by its keyed hash. */
    public record Query(String name, String idNumber, Integer year) {
    }

    /** A finding: either a roster line ({@code workerId}) or a person named by ID number and name. */
    public record NewRecord(Long workerId, String idNumber, String name, LocalDate recordedOn, String reason) {
    }

    private static final String FROM = " FROM integrity_record r JOIN worker w ON w.id = r.worker_id"
            + " JOIN organisation o ON o.id = r.unit_id WHERE " + Scope.sqlCondition("r.unit_id", "o");
    private static final RowMapper<IntegrityRecord> ROW = (rs, i) -> {
        LocalDate recordedOn = rs.getDate(7).toLocalDate();
        Timestamp revokedAt = rs.getTimestamp(9);
        return new IntegrityRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                recordedOn, recordedOn.plusYears(BAN_YEARS), rs.getString(8), revokedAt != null,
                revokedAt == null ? null : revokedAt.toInstant(), rs.getString(10));
    };

    private final JdbcTemplate jdbc;
    private final RosterService roster;
    private final ScopePolicy scopePolicy;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;
    private final Clock clock;

    public IntegrityRecords(JdbcTemplate jdbc, RosterService roster, ScopePolicy scopePolicy, PersonalDataProtector protector,
                            AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.scopePolicy = scopePolicy;
        this.protector = protector;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The first day the person may declare again, when their latest finding (not revoked), made on {@code lastFinding},
     * still bars them on {@code day}: the anniversary itself is free again.
     */
    public static Optional<LocalDate> barredUntil(LocalDate lastFinding, LocalDate day) {
        return Optional.ofNullable(lastFinding).map(recorded -> recorded.plusYears(BAN_YEARS)).filter(day::isBefore);
    }

    @Transactional
    public long record(Caller caller, long workerId, LocalDate recordedOn, String reason) {
        return record(caller, new NewRecord(workerId, null, null, recordedOn, reason));
    }

    /** Records a finding against a worker of the caller's region; every field problem is reported at once. */
    @Transactional
    public long record(Caller caller, NewRecord command) {
        caller.require(Role.EXAM_OFFICE);
        List<FieldProblem> problems = new ArrayList<>();
        Worker worker = command.workerId() != null ? roster.get(caller, command.workerId())
                : roster.identify(caller, command.idNumber(), command.name(), problems);
        LocalDate today = LocalDate.now(clock);
        LocalDate recordedOn = command.recordedOn();
        if (recordedOn == null) {
            problems.add(new FieldProblem("recordedOn", "请填写查实日期"));
        } else if (recordedOn.isAfter(today)) {
            problems.add(new FieldProblem("recordedOn", "查实日期不能晚于今天"));
        }
        String text = required(command.reason(), "reason", "事由", problems);
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

    /** Revokes a record of the caller's region made by mistake; the person is no longer barred by it. */
    @Transactional
    public IntegrityRecord revoke(Caller caller, long recordId, String reason) {
        caller.require(Role.EXAM_OFFICE);
        IntegrityRecord record = one(caller, recordId);
        if (record.revoked()) {
            throw DomainException.conflict("INTEGRITY_RECORD_REVOKED", "该诚信记录已撤销，无需重复撤销");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = required(reason, "reason", "撤销原因", problems);
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "INTEGRITY_RECORD_INVALID", problems.get(0).message(), problems);
        }
        jdbc.update("UPDATE integrity_record SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), caller.accountId(), text, recordId);
        auditLog.record(caller, "INTEGRITY_REVOKED", "integrity_record", recordId,
                record.workerName() + " " + record.idNumberMasked() + " " + record.recordedOn() + " 撤销原因：" + text);
        return one(caller, recordId);
    }

    /** One page of the records the caller may see (by the unit the finding was made in), newest finding first. */
    @Transactional(readOnly = true)
    public Page<IntegrityRecord> page(Caller caller, Query query, int page, int size) {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        ScopedPersonSearch search = new ScopedPersonSearch(FROM, scopePolicy.unitsVisibleTo(caller))
                .nameContains("w.name", query.name())
                .idNumber("r.person_id_hash", query.idNumber(), protector, LocalDate.now(clock));
        if (query.year() != null) {
            search.and("r.recorded_on >= ? AND r.recorded_on < ?",
                    Date.valueOf(LocalDate.of(query.year(), 1, 1)), Date.valueOf(LocalDate.of(query.year() + 1, 1, 1)));
        }
        return search.page(jdbc, COLUMNS, "r.recorded_on DESC, r.id DESC", ROW, page, size);
    }

    private static final String COLUMNS = "SELECT r.id, r.worker_id, w.name, w.id_number_masked, r.unit_id, o.name, r.recorded_on,"
            + " r.reason, r.revoked_at, r.revoke_reason";

    private IntegrityRecord one(Caller caller, long recordId) {
        List<Object> params = new ArrayList<>(scopePolicy.unitsVisibleTo(caller).sqlParameters());
        params.add(recordId);
        return jdbc.query(COLUMNS + FROM + " AND r.id = ?", ROW, params.toArray()).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("INTEGRITY_RECORD_NOT_FOUND", "未找到该诚信记录，或其不在您的管理范围内"));
    }

    private static String required(String raw, String field, String label, List<FieldProblem> problems) {
        String text = Text.line(raw, field, label, MAX_REASON, problems);
        if (text == null && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, "请填写" + label, "TEXT_REQUIRED"));
        }
        return text;
    }
}
