package cn.gkgateway.roster;

import cn.gkgateway.roster.internal.ProtectedIdentity;
import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The unit roster: who may see which workers, and adding a worker with every field checked. */
@Service
public class RosterService {

    /** Names are capped below their column (50) at what a real name needs. */
    static final int MAX_NAME = 30;

    private final Workers workers;
    private final ScopePolicy scopePolicy;
    private final Catalog catalog;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;
    private final WorkerHistory history;
    private final Clock clock;

    public RosterService(Workers workers, ScopePolicy scopePolicy, Catalog catalog,
                         PersonalDataProtector protector, AuditLog auditLog, WorkerHistory history, Clock clock) {
        this.history = history;
        this.workers = workers;
        this.scopePolicy = scopePolicy;
        this.catalog = catalog;
        this.protector = protector;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A worker the caller may see; anything else is "not found", so that existence does not leak. */
    @Transactional(readOnly = true)
    public Worker get(Caller caller, long workerId) {
        caller.require(Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EXAM_OFFICE, Role.ADMIN);
        return workers.findById(workerId)
                .filter(worker -> scopePolicy.covers(caller, worker.getUnitId()))
                .orElseThrow(() -> DomainException.notFound("WORKER_NOT_FOUND", "未找到该工勤人员，或其不属于本单位管理范围"));
    }

    /**
     * The roster entry of a person, by the keyed hash of the ID number (a person is on at most one unit's
     * roster): for the applicant's own declaration, where the person is the signed-in identity.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Worker> ofPerson(String idNumberHash) {
        return idNumberHash == null ? java.util.Optional.empty() : workers.findByIdNumberHash(idNumberHash);
    }

    /**
     * The worker in the caller's scope with this ID number and name, for forms that name a person rather than pick a
     * roster line (诚信记录, 综合评审未通过). Adds a field problem ({@code idNumber} or {@code name}) and answers null when
     * the ID number is invalid, nobody in scope has it, or the name differs from the roster's.
     */
    @Transactional(readOnly = true)
    public Worker identify(Caller caller, String idNumber, String name, List<FieldProblem> problems) {
        caller.require(Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EXAM_OFFICE, Role.ADMIN);
        String givenName = Text.line(name, "name", "姓名", 30, problems);
        if (givenName == null && problems.stream().noneMatch(p -> p.field().equals("name"))) {
            problems.add(new FieldProblem("name", "请填写姓名", "TEXT_REQUIRED"));
        }
        IdNumber number;
        try {
            number = IdNumber.parse(idNumber, "idNumber", LocalDate.now(clock));
        } catch (DomainException e) {
            problems.add(new FieldProblem("idNumber", e.getMessage(), e.code()));
            return null;
        }
        Worker worker = workers.findByIdNumberHash(protector.hash(number.value()))
                .filter(found -> scopePolicy.covers(caller, found.getUnitId())).orElse(null);
        if (worker == null) {
            problems.add(new FieldProblem("idNumber", "管理范围内的名册中没有该身份证号的人员，请核对", "WORKER_NOT_FOUND"));
            return null;
        }
        if (givenName != null && !givenName.equals(worker.getName())) {
            problems.add(new FieldProblem("name", "姓名与名册中该身份证号的姓名不一致，请核对", "WORKER_NAME_MISMATCH"));
            return null;
        }
        return worker;
    }

    /**
     * A worker whose non-key fields the caller may change: only the operator of the worker's own
     * unit. Others get "not found" when they cannot see the worker, "forbidden" when they only may see it.
     */
    @Transactional(readOnly = true)
    public Worker editable(Caller caller, long workerId) {
        Worker worker = get(caller, workerId);
        if (!caller.is(Role.UNIT_OPERATOR) || !worker.getUnitId().equals(caller.organisationId())) {
            throw DomainException.forbidden("只有该人员所在单位的经办人可以修改其信息");
        }
        return worker;
    }

    /** Changes the phone (a non-key field; empty clears it), audited with the old and new number masked. */
    @Transactional
    public Worker changePhone(Caller caller, long workerId, String phone) {
        Worker worker = editable(caller, workerId);
        PhoneNumber parsed = phone == null || Text.compact(phone).isEmpty() ? null : PhoneNumber.parse(phone, "phone");
        String before = worker.getPhoneMasked();
        worker.changePhone(parsed == null ? null : protector.encrypt(parsed.value()), parsed == null ? null : parsed.masked());
        auditLog.record(caller, "WORKER_PHONE_CHANGED", "worker", worker.getId(),
                "手机号 原：" + (before == null ? "无" : before) + "；新：" + (parsed == null ? "无" : parsed.masked()));
        return worker;
    }

    /**
     * Marks a worker 在岗, 退休 or 离岗 (the operator of the worker's own unit; 调出 only through a transfer).
     * The change goes into the key-field history and the audit log; nobody is ever deleted.
     */
    @Transactional
    public Worker changeStatus(Caller caller, long workerId, WorkerStatus status, String reason) {
        Worker worker = editable(caller, workerId);
        if (status == null || status == WorkerStatus.TRANSFERRED_OUT) {
            throw DomainException.invalid("WORKER_STATUS_INVALID", "status", "状态只能改为在岗、退休或离岗；调出请办理调动");
        }
        String why = Text.requireLine(reason, "reason", "原因", 100);
        if (worker.getStatus() == status) {
            throw DomainException.conflict("WORKER_STATUS_UNCHANGED", "该人员已是" + status.displayName() + "状态");
        }
        String before = worker.getStatus().displayName();
        worker.changeStatus(status);
        history.recordKeyChange(caller, worker.getId(), "STATUS", before, status.displayName(), why, null);
        auditLog.record(caller, "WORKER_STATUS_CHANGED", "worker", worker.getId(), before + " → " + status.displayName() + "：" + why);
        return worker;
    }

    /** The new key values of an approved key-info change; {@code idNumber} null keeps the ID number. */
    public record KeyValues(String name, IdNumber idNumber, String workTypeCode, Level level, Integer levelYear) {
    }

    /**
     * Applies an approved key-info change to a worker, in the caller's transaction: every field that
     * differs is changed and recorded in the key-field history with its old and new value (ID numbers
     * masked). A new ID number is encrypted and hashed as on creation (sex and birth date follow it)
     * and must not be another worker's: that is KEY_CHANGE_ID_TAKEN.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void applyKeyChange(cn.gkgateway.audit.Actor actor, long workerId, KeyValues values, String reason, String reference) {
        Worker worker = workers.findById(workerId).orElseThrow(
                () -> DomainException.notFound("WORKER_NOT_FOUND", "未找到该工勤人员，或其不属于本单位管理范围"));
        if (values.name() != null && !values.name().equals(worker.getName())) {
            history.recordKeyChange(actor, workerId, "NAME", worker.getName(), values.name(), reason, reference);
            worker.rename(values.name());
        }
        if (values.idNumber() != null) {
            String hash = protector.hash(values.idNumber().value());
            if (!hash.equals(worker.getIdNumberHash())) {
                workers.findByIdNumberHash(hash).filter(other -> !other.getId().equals(workerId)).ifPresent(other -> {
                    throw DomainException.conflict("KEY_CHANGE_ID_TAKEN", "新身份证号 " + values.idNumber().masked() + " 已是名册中其他人员的身份证号");
                });
                history.recordKeyChange(actor, workerId, "ID_NUMBER", worker.getIdNumberMasked(), values.idNumber().masked(), reason, reference);
                worker.changeIdentity(ProtectedIdentity.of(values.idNumber(), null, protector));
            }
        }
        String workType = values.workTypeCode() == null ? worker.getWorkTypeCode() : values.workTypeCode();
        Level level = values.level() == null ? worker.getLevel() : values.level();
        Integer levelYear = values.level() == null ? worker.getLevelYear() : (level == Level.NONE ? null : values.levelYear());
        if (!workType.equals(worker.getWorkTypeCode())) {
            history.recordKeyChange(actor, workerId, "WORK_TYPE", workTypeLabel(worker.getWorkTypeCode()), workTypeLabel(workType), reason, reference);
        }
        if (level != worker.getLevel()) {
            history.recordKeyChange(actor, workerId, "LEVEL", worker.getLevel().displayName(), level.displayName(), reason, reference);
        }
        if (!java.util.Objects.equals(levelYear, worker.getLevelYear())) {
            history.recordKeyChange(actor, workerId, "LEVEL_YEAR", worker.getLevelYear() == null ? null : worker.getLevelYear().toString(),
                    levelYear == null ? null : levelYear.toString(), reason, reference);
        }
        worker.changeQualification(workType, level, levelYear);
    }

    private String workTypeLabel(String code) {
        return catalog.find(code).map(type -> type.getName() + "（" + code + "）").orElse(code);
    }

    /** Audits an export of the roster: who, how many lines, which filters and columns (no personal data). */
    @Transactional
    public void recordExport(Caller caller, long rows, String description) {
        auditLog.record(caller, "ROSTER_EXPORTED", "worker", null, rows + " 行；" + description);
    }

    @Transactional
    public Worker add(Caller caller, AddWorker command) {
        caller.require(Role.UNIT_OPERATOR);
        scopePolicy.requireOpen(caller.organisationId());
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        String name = required(command.name(), "name", "姓名", problems);
        IdNumber idNumber = collect(() -> IdNumber.parse(command.idNumber(), "idNumber", today), problems);
        PhoneNumber phone = collect(() -> PhoneNumber.parse(command.phone(), "phone"), problems);
        if (command.establishment() == null) {
            problems.add(new FieldProblem("establishment", "请选择在编或编外"));
        }
        checkWorkStart(command.workStartDate(), idNumber, today, problems);
        if (command.workTypeCode() == null || command.workTypeCode().isBlank()) {
            problems.add(new FieldProblem("workTypeCode", "请选择现岗位工种"));
        } else if (catalog.current(command.workTypeCode()).isEmpty()) {
            problems.add(new FieldProblem("workTypeCode", "工种代码不存在或已取消：" + Text.echo(command.workTypeCode())));
        }
        checkLevel(command.level(), command.levelYear(), today, problems);
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "WORKER_INVALID", problems.get(0).message(), problems);
        }
        ProtectedIdentity identity = ProtectedIdentity.of(idNumber, phone, protector);
        refuseIfOnARoster(caller, identity.idNumberHash(), idNumber);
        Worker worker = workers.save(new Worker(caller.organisationId(), name, identity, command.establishment(),
                command.workStartDate(), catalog.current(command.workTypeCode()).orElseThrow().getCode(),
                command.level(), command.level() == Level.NONE ? null : command.levelYear(), clock.instant()));
        auditLog.record(caller, "WORKER_ADDED", "worker", worker.getId(), name + " " + idNumber.masked());
        return worker;
    }

    /**
     * A person is on one roster only. On the caller's own roster: a duplicate. On another unit's:
     * refused without naming that unit, and the refusal is audited (it outlives this transaction).
     */
    private void refuseIfOnARoster(Caller caller, String idNumberHash, IdNumber idNumber) {
        workers.findByIdNumberHash(idNumberHash).ifPresent(existing -> {
            if (existing.getUnitId().equals(caller.organisationId())) {
                throw DomainException.conflict("WORKER_DUPLICATE", "身份证号码为 " + idNumber.masked() + " 的人员已在本单位工勤人员名册中");
            }
            auditLog.recordRefusal(caller, "WORKER_ON_OTHER_ROSTER_REFUSED", "worker", existing.getId(), idNumber.masked());
            throw DomainException.conflict("WORKER_ON_OTHER_ROSTER", "该人员已在其他单位名册中，如需调入请联系工考办");
        });
    }

    private static void checkWorkStart(LocalDate workStart, IdNumber idNumber, LocalDate today, List<FieldProblem> problems) {
        if (workStart == null) {
            problems.add(new FieldProblem("workStartDate", "请填写参加工作时间"));
        } else if (workStart.isAfter(today)) {
            problems.add(new FieldProblem("workStartDate", "参加工作时间不能晚于今天"));
        } else if (idNumber != null && workStart.isBefore(idNumber.birthDate().plusYears(16))) {
            problems.add(new FieldProblem("workStartDate", "参加工作时间早于年满16周岁，请核对"));
        }
    }

    private static void checkLevel(Level level, Integer levelYear, LocalDate today, List<FieldProblem> problems) {
        if (level == null) {
            problems.add(new FieldProblem("level", "请选择现岗位等级（没有等级证书请选择未定级）"));
        } else if (level != Level.NONE) {
            if (levelYear == null) {
                problems.add(new FieldProblem("levelYear", "请填写现等级取得年份"));
            } else if (levelYear < 1950 || levelYear > today.getYear()) {
                problems.add(new FieldProblem("levelYear", "现等级取得年份应在1950年至今年之间"));
            }
        }
    }

    private static String required(String raw, String field, String label, List<FieldProblem> problems) {
        int before = problems.size();
        String value = Text.line(raw, field, label, MAX_NAME, problems);
        if (value == null && problems.size() == before) {
            problems.add(new FieldProblem(field, "请填写" + label, "TEXT_REQUIRED"));
        }
        return value;
    }

    private static <T> T collect(Supplier<T> parse, List<FieldProblem> problems) {
        try {
            return parse.get();
        } catch (DomainException e) {
            problems.addAll(e.fieldProblems());
            return null;
        }
    }
}
