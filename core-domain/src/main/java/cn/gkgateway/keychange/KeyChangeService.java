package cn.gkgateway.keychange;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.keychange.KeyChangeSheet.SheetRow;
import cn.gkgateway.keychange.KeyChangeViews.FieldChange;
import cn.gkgateway.keychange.KeyChangeViews.RowView;
import cn.gkgateway.keychange.KeyChangeViews.Summary;
import cn.gkgateway.keychange.KeyChangeViews.TemplateRow;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.review.Decision;
import cn.gkgateway.review.RequestReview;
import cn.gkgateway.review.ReviewSteps;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.RosterService.KeyValues;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.WorkerStatus;
import cn.gkgateway.roster.Workers;
import cn.gkgateway.rosterimport.BatchEvidence;
import cn.gkgateway.rosterimport.BatchRequestService;
import cn.gkgateway.rosterimport.BatchSubmission;
import cn.gkgateway.rosterimport.ImportCell;
import cn.gkgateway.rosterimport.LevelNames;
import cn.gkgateway.rosterimport.RowFault;
import cn.gkgateway.rosterimport.RowRules;
import cn.gkgateway.rosterimport.RowRules.KeyFields;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * 关键信息修改 (name, ID number, work type, level and its year): the unit exports the selected workers'
 * current values, edits them and uploads the sheet; each row is checked with the import's rules and
 * compared with the roster (old vs new); refused rows (no change, a broken rule, another worker's ID)
 * take no part. With evidence and a contact the change goes through the import's review chain; the
 * last approval applies every accepted row in that transaction, each changed field kept in the
 * worker's key-field history. Only the operator of the workers' own unit asks; another unit's change is 404.
 */
@Service
public class KeyChangeService implements BatchRequestService {

    public static final String SUBJECT_TYPE = "KEY_CHANGE";
    /** The most workers one template may list. */
    public static final int MAX_SELECTED = 2000;

    private final KeyChangeRequests requests;
    private final KeyChangeRows rows;
    private final Workers workers;
    private final RosterService roster;
    private final Organisations organisations;
    private final ScopePolicy scopePolicy;
    private final Catalog catalog;
    private final PersonalDataProtector protector;
    private final BatchEvidence evidence;
    private final BatchSubmission submission;
    private final RequestReview review;
    private final ReviewSteps steps;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public KeyChangeService(KeyChangeRequests requests, KeyChangeRows rows, Workers workers, RosterService roster,
                            Organisations organisations, ScopePolicy scopePolicy, Catalog catalog, PersonalDataProtector protector,
                            BatchEvidence evidence, BatchSubmission submission, RequestReview review, ReviewSteps steps,
                            AuditLog auditLog, JdbcTemplate jdbc, Clock clock) {
        this.requests = requests;
        this.rows = rows;
        this.workers = workers;
        this.roster = roster;
        this.organisations = organisations;
        this.scopePolicy = scopePolicy;
        this.catalog = catalog;
        this.protector = protector;
        this.evidence = evidence;
        this.submission = submission;
        this.review = review;
        this.steps = steps;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The current key values of the selected workers, for the 关键信息修改 sheet: only the operator of
     * their own unit (another unit's worker is WORKER_NOT_FOUND, as everywhere). Audited, without personal data.
     */
    @Transactional
    public List<TemplateRow> template(Caller caller, Collection<Long> workerIds) {
        caller.require(Role.UNIT_OPERATOR);
        if (workerIds == null || workerIds.isEmpty()) {
            throw DomainException.invalid("KEY_CHANGE_SELECTION", "workerIds", "请先勾选要修改关键信息的人员");
        }
        if (workerIds.size() > MAX_SELECTED) {
            throw DomainException.invalid("KEY_CHANGE_SELECTION", "workerIds", "一次最多选择" + MAX_SELECTED + "人");
        }
        List<TemplateRow> result = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(workerIds)) {
            Worker worker = roster.editable(caller, id);
            result.add(new TemplateRow(worker.getId(), worker.getName(), protector.decrypt(worker.getIdNumberCipher()),
                    catalog.find(worker.getWorkTypeCode()).map(WorkType::getName).orElse(worker.getWorkTypeCode()),
                    worker.getLevel().displayName(), worker.getLevelYear()));
        }
        auditLog.record(caller, "KEY_CHANGE_SHEET_EXPORTED", "worker", null, result.size() + "人");
        return result;
    }

    /** Reads an edited sheet through {@code reader}, checks every row and keeps the result as a draft. */
    @Transactional
    public KeyChangeRequest upload(Caller caller, int maxRows, Consumer<KeyChangeSheet> reader) {
        caller.require(Role.UNIT_OPERATOR);
        scopePolicy.requireOpen(caller.organisationId());
        KeyChangeSheet sheet = new KeyChangeSheet(maxRows);
        reader.accept(sheet);
        sheet.finish();
        KeyChangeRequest draft = requests.save(new KeyChangeRequest(caller.organisationId(), caller.accountId(), clock.instant()));
        RowRules rules = new RowRules(LocalDate.now(clock), "", RowRules.workTypeCodes(catalog));
        Map<Long, Worker> own = ownWorkers(caller, sheet.rows());
        Set<Long> pending = pendingWorkers(own.keySet());
        Map<Long, Integer> firstRowOfWorker = new HashMap<>();
        Map<String, Integer> firstRowOfNewId = new HashMap<>();
        int accepted = 0;
        List<KeyChangeRow> stored = new ArrayList<>();
        for (SheetRow sheetRow : sheet.rows()) {
            KeyChangeRow row = new KeyChangeRow(draft.getId(), sheetRow.rowNumber());
            List<RowFault> faults = new ArrayList<>();
            Worker worker = worker(sheetRow.cells().get(KeyChangeColumn.WORKER_ID), own, faults);
            if (worker != null) {
                Integer first = firstRowOfWorker.putIfAbsent(worker.getId(), sheetRow.rowNumber());
                if (first != null) {
                    faults.add(new RowFault("人员编号", "DUPLICATE_IN_FILE", "与第" + first + "行是同一人员，请删除重复的行"));
                }
                if (pending.contains(worker.getId())) {
                    faults.add(new RowFault("人员编号", "KEY_CHANGE_PENDING", "该人员已有审核中的关键信息修改，请待其办结后再修改"));
                }
                if (worker.getStatus() == WorkerStatus.TRANSFERRED_OUT) {
                    faults.add(new RowFault("人员编号", "WORKER_NOT_ON_ROSTER", "该人员已调出本单位，不能修改"));
                }
            }
            Map<KeyChangeColumn, ImportCell> cells = sheetRow.cells();
            KeyFields fields = rules.checkKeyFields(cells.get(KeyChangeColumn.NAME), cells.get(KeyChangeColumn.ID_NUMBER),
                    cells.get(KeyChangeColumn.WORK_TYPE), cells.get(KeyChangeColumn.LEVEL), cells.get(KeyChangeColumn.LEVEL_YEAR), faults);
            String newHash = fields.idNumber() == null ? null : protector.hash(fields.idNumber().value());
            if (worker != null && newHash != null && !newHash.equals(worker.getIdNumberHash())) {
                checkNewIdNumber(worker, fields.idNumber(), newHash, sheetRow.rowNumber(), firstRowOfNewId, faults);
            }
            if (worker != null && faults.isEmpty() && unchanged(worker, fields, newHash)) {
                faults.add(new RowFault("人员编号", "NO_CHANGE", "该行与名册中的信息相同，没有需要修改的内容"));
            }
            fill(row, worker, fields, newHash, cells, faults);
            if (row.accepted) {
                accepted++;
            }
            stored.add(row);
        }
        rows.saveAll(stored);
        draft.counted(accepted, stored.size() - accepted);
        auditLog.record(caller, "KEY_CHANGE_UPLOADED", "key_change_request", draft.getId(),
                "可修改" + accepted + "行，不予修改" + (stored.size() - accepted) + "行");
        return draft;
    }

    @Transactional(readOnly = true)
    public Summary summary(Caller caller, long requestId) {
        KeyChangeRequest found = visible(caller, requestId);
        String unitName = organisations.findById(found.getUnitId()).map(Organisation::getName).orElse("");
        List<RowView> views = rows.findByRequestIdOrderByLineNo(requestId).stream().map(this::view).toList();
        return new Summary(found, unitName, steps.findBySubjectTypeAndSubjectIdOrderByStepNoAsc(SUBJECT_TYPE, requestId), views);
    }

    /** The caller's own unit's changes (a unit operator), or those waiting for the caller's decision (an exam office). */
    @Transactional(readOnly = true)
    public List<KeyChangeRequest> list(Caller caller) {
        return review.list(caller, SUBJECT_TYPE, requests::findTop50ByUnitIdOrderByIdDesc, requests::findByIdInOrderByIdDesc);
    }

    /** 只提交可修改的行 (true, the default) or 全部正确才提交 (false: a file with any refused row submits nothing). */
    @Transactional
    public KeyChangeRequest chooseMode(Caller caller, long requestId, boolean onlyValidRows) {
        KeyChangeRequest draft = own(caller, requestId);
        draft.setOnlyValidRows(onlyValidRows);
        auditLog.record(caller, "KEY_CHANGE_MODE", "key_change_request", requestId, onlyValidRows ? "只提交可修改的行" : "全部正确才提交");
        return draft;
    }

    /** The refused rows (old vs new as uploaded, ID numbers masked, with their reasons), for the download. */
    @Transactional(readOnly = true)
    public List<RowView> refusedRows(Caller caller, long requestId) {
        visible(caller, requestId);
        return rows.findByRequestIdOrderByLineNo(requestId).stream().filter(row -> !row.accepted).map(this::view).toList();
    }

    /** The signed, stamped printout of the caller's own draft change (any earlier one is replaced). */
    @Override
    public void attachEvidence(Caller caller, long requestId, InputStream body, String fileName) {
        evidence.attach(body, fileName, () -> own(caller, requestId),
                stored -> auditLog.record(caller, "KEY_CHANGE_EVIDENCE", "key_change_request", requestId, stored.mediaType()));
    }

    @Override
    public BatchEvidence.Opened evidence(Caller caller, long requestId, BatchEvidence.Copy copy) {
        return evidence.open(() -> visible(caller, requestId).batch(), copy);
    }

    @Override
    @Transactional
    public void submit(Caller caller, long requestId, String contactName, String contactPhone) {
        KeyChangeRequest draft = own(caller, requestId);
        BatchSubmission.Contact contact = submission.check(draft, contactName, contactPhone);
        if (!draft.isOnlyValidRows() && draft.getRejectedCount() > 0) {
            List<DomainException.FieldProblem> problems = new ArrayList<>();
            for (RowView refused : refusedRows(caller, requestId)) {
                for (RowFault fault : refused.faults()) {
                    if (problems.size() < 100) {
                        problems.add(new DomainException.FieldProblem("第" + refused.rowNumber() + "行·" + fault.column(), fault.message(), fault.code()));
                    }
                }
            }
            throw new DomainException(DomainException.Kind.INVALID, "ROWS_INVALID", "有" + draft.getRejectedCount()
                    + "行不予修改，按“全部正确才提交”本次不会修改任何人员：请修改后重新上传，或选择“只提交可修改的行”", problems);
        }
        List<KeyChangeRow> accepted = rows.findByRequestIdAndAcceptedTrueOrderByLineNo(requestId);
        if (accepted.isEmpty()) {
            throw DomainException.invalid("NO_DATA_ROWS", "file", "没有可以修改的行：请按提示修改后重新上传");
        }
        Set<Long> pending = pendingWorkers(accepted.stream().map(KeyChangeRow::getWorkerId).toList());
        if (!pending.isEmpty()) {
            throw DomainException.conflict("KEY_CHANGE_PENDING", "其中有人员已有审核中的关键信息修改，请重新上传");
        }
        for (KeyChangeRow row : accepted) {
            requireStillApplicable(row);
        }
        submission.submit(SUBJECT_TYPE, draft, contact);
        auditLog.record(caller, "KEY_CHANGE_SUBMITTED", "key_change_request", requestId, accepted.size() + "人");
    }

    /** Records an exam office's decision; the last approval changes every accepted row's worker, all or none. */
    @Override
    @Transactional
    public void decide(Caller caller, long requestId, Decision decision, String reason) {
        caller.require(Role.EXAM_OFFICE);
        KeyChangeRequest found = visible(caller, requestId);
        review.decide(caller, SUBJECT_TYPE, requestId, found, "关键信息修改", decision, reason, () -> {
            List<KeyChangeRow> accepted = rows.findByRequestIdAndAcceptedTrueOrderByLineNo(requestId);
            for (KeyChangeRow row : accepted) {
                requireStillApplicable(row);
            }
            LocalDate today = LocalDate.now(clock);
            for (KeyChangeRow row : accepted) {
                IdNumber newId = row.newIdCipher == null ? null : IdNumber.parse(protector.decrypt(row.newIdCipher), "idNumber", today);
                roster.applyKeyChange(caller, row.workerId, new KeyValues(row.newName, newId, row.newWorkTypeCode,
                        Level.valueOf(row.newLevel), row.newLevelYear), "关键信息修改审核通过", "KEY_CHANGE#" + requestId);
            }
            auditLog.record(caller, "KEY_CHANGE_APPROVED", "key_change_request", requestId, "修改" + accepted.size() + "人");
        });
        auditLog.record(caller, "KEY_CHANGE_DECIDED", "key_change_request", requestId, decision.displayName());
    }

    /** The worker still has the old values the row was checked against, and a new ID number is nobody else's. */
    private void requireStillApplicable(KeyChangeRow row) {
        Worker worker = workers.findById(row.workerId).orElseThrow();
        boolean same = Objects.equals(worker.getName(), row.oldName) && Objects.equals(worker.getIdNumberHash(), row.oldIdHash)
                && Objects.equals(worker.getWorkTypeCode(), row.oldWorkTypeCode) && Objects.equals(worker.getLevel().name(), row.oldLevel)
                && Objects.equals(worker.getLevelYear(), row.oldLevelYear) && worker.getStatus() != WorkerStatus.TRANSFERRED_OUT;
        if (!same) {
            throw DomainException.conflict("KEY_CHANGE_STALE", "第" + row.lineNo + "行人员的信息在上传后已有变化，请退回单位重新导出修改");
        }
        if (row.newIdHash != null && idTaken(row.newIdHash, row.requestId)) {
            throw DomainException.conflict("KEY_CHANGE_ID_TAKEN", "第" + row.lineNo + "行的新身份证号 " + row.newIdMasked
                    + " 已在名册中或在审核中的申请里，无法修改");
        }
    }

    /** On a roster, in an accepted row of an import under review, or the new ID of another change under review. */
    private boolean idTaken(String hash, long exceptRequest) {
        Integer count = jdbc.queryForObject("""
                select (select count(*) from worker where id_number_hash = ?)
                 + (select count(*) from roster_import_row r join roster_import i on i.id = r.import_id
                    where i.status = 'SUBMITTED' and r.accepted = true and r.id_number_hash = ?)
                 + (select count(*) from key_change_row r join key_change_request q on q.id = r.request_id
                    where q.status = 'SUBMITTED' and r.accepted = true and r.new_id_hash = ? and q.id <> ?)""",
                Integer.class, hash, hash, hash, exceptRequest);
        return count != null && count > 0;
    }

    private void checkNewIdNumber(Worker worker, IdNumber newId, String newHash, int rowNumber, Map<String, Integer> firstRowOfNewId,
                                  List<RowFault> faults) {
        Integer first = firstRowOfNewId.putIfAbsent(newHash, rowNumber);
        if (first != null) {
            faults.add(new RowFault("身份证号", "DUPLICATE_IN_FILE", "与第" + first + "行的新身份证号相同，请核对"));
        } else if (idTaken(newHash, -1)) {
            faults.add(new RowFault("身份证号", "DUPLICATE_ON_ROSTER",
                    "新身份证号已是名册中其他人员的身份证号，或已在审核中的导入或修改中，请核对"));
        }
        LocalDate sixteen = newId.birthDate().plusYears(16);
        boolean young = worker.getWorkStartDate() != null && (worker.isWorkStartMonthOnly()
                ? java.time.YearMonth.from(worker.getWorkStartDate()).isBefore(java.time.YearMonth.from(sixteen))
                : worker.getWorkStartDate().isBefore(sixteen));
        if (young) {
            faults.add(new RowFault("身份证号", "WORK_START_TOO_YOUNG", "按新身份证号的出生日期，参加工作时间早于年满16周岁，请核对"));
        }
    }

    private static boolean unchanged(Worker worker, KeyFields fields, String newHash) {
        return Objects.equals(worker.getName(), fields.name()) && Objects.equals(worker.getIdNumberHash(), newHash)
                && Objects.equals(worker.getWorkTypeCode(), fields.workTypeCode()) && worker.getLevel() == fields.level()
                && Objects.equals(worker.getLevelYear(), fields.levelYear());
    }

    private Worker worker(ImportCell cell, Map<Long, Worker> own, List<RowFault> faults) {
        String text = KeyChangeSheet.text(cell);
        if (text == null || text.isEmpty()) {
            faults.add(new RowFault("人员编号", "REQUIRED_FIELD", "请填写人员编号（导出的关键信息修改表中已填好，请勿修改）"));
            return null;
        }
        Long id = workerId(text);
        Worker worker = id == null ? null : own.get(id);
        if (worker == null) {
            faults.add(new RowFault("人员编号", "WORKER_NOT_ON_ROSTER", "人员编号“" + Text.echo(text) + "”不是本单位名册中的人员，请使用导出的关键信息修改表"));
        }
        return worker;
    }

    private static Long workerId(String text) {
        String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (!digits.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    /** The workers the sheet names that are on the caller's unit's roster. */
    private Map<Long, Worker> ownWorkers(Caller caller, List<SheetRow> sheetRows) {
        Set<Long> ids = new HashSet<>();
        for (SheetRow row : sheetRows) {
            String text = KeyChangeSheet.text(row.cells().get(KeyChangeColumn.WORKER_ID));
            Long id = text == null ? null : workerId(text);
            if (id != null) {
                ids.add(id);
            }
        }
        Map<Long, Worker> own = new HashMap<>();
        for (Worker worker : workers.findAllById(ids)) {
            if (worker.getUnitId().equals(caller.organisationId())) {
                own.put(worker.getId(), worker);
            }
        }
        return own;
    }

    /** Which of the workers are in an accepted row of a change under review. */
    private Set<Long> pendingWorkers(Collection<Long> workerIds) {
        if (workerIds.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", Collections.nCopies(workerIds.size(), "?"));
        return new HashSet<>(jdbc.queryForList("select r.worker_id from key_change_row r join key_change_request q on q.id = r.request_id"
                + " where q.status = 'SUBMITTED' and r.accepted = true and r.worker_id in (" + marks + ")", Long.class, workerIds.toArray()));
    }

    private void fill(KeyChangeRow row, Worker worker, KeyFields fields, String newHash, Map<KeyChangeColumn, ImportCell> cells,
                      List<RowFault> faults) {
        if (worker != null) {
            row.workerId = worker.getId();
            row.oldName = worker.getName();
            row.oldIdHash = worker.getIdNumberHash();
            row.oldIdMasked = worker.getIdNumberMasked();
            row.oldWorkTypeCode = worker.getWorkTypeCode();
            row.oldLevel = worker.getLevel().name();
            row.oldLevelYear = worker.getLevelYear();
        }
        row.accepted = faults.isEmpty();
        row.newName = fields.name() != null ? fields.name() : cut(KeyChangeSheet.text(cells.get(KeyChangeColumn.NAME)), 100);
        if (fields.idNumber() != null) {
            row.newIdMasked = fields.idNumber().masked();
            if (row.accepted && !newHash.equals(row.oldIdHash)) {
                row.newIdCipher = protector.encrypt(fields.idNumber().value());
                row.newIdHash = newHash;
            }
        } else {
            String raw = KeyChangeSheet.text(cells.get(KeyChangeColumn.ID_NUMBER));
            row.newIdMasked = raw == null || raw.isEmpty() ? null : IdNumber.mask(cut(Text.compact(raw), 40));
        }
        row.newWorkTypeCode = fields.workTypeCode();
        row.newWorkTypeText = cut(KeyChangeSheet.text(cells.get(KeyChangeColumn.WORK_TYPE)), 100);
        row.newLevel = fields.level() == null ? null : fields.level().name();
        row.newLevelText = cut(KeyChangeSheet.text(cells.get(KeyChangeColumn.LEVEL)), 100);
        row.newLevelYear = fields.levelYear();
        row.newLevelYearText = cut(KeyChangeSheet.text(cells.get(KeyChangeColumn.LEVEL_YEAR)), 40);
        String text = RowFault.join(faults);
        row.faults = text.isEmpty() ? null : text;
    }

    private RowView view(KeyChangeRow row) {
        List<FieldChange> fields = new ArrayList<>();
        fields.add(change("NAME", "姓名", row.oldName, row.newName));
        fields.add(change("ID_NUMBER", "身份证号", row.oldIdMasked, row.newIdMasked, row.newIdHash != null
                || (row.oldIdMasked != null && row.newIdMasked != null && !row.newIdMasked.equals(row.oldIdMasked))));
        fields.add(change("WORK_TYPE", "工种", workTypeName(row.oldWorkTypeCode),
                row.newWorkTypeCode != null ? workTypeName(row.newWorkTypeCode) : row.newWorkTypeText));
        fields.add(change("LEVEL", "现等级", levelName(row.oldLevel), row.newLevel != null ? levelName(row.newLevel) : row.newLevelText));
        fields.add(change("LEVEL_YEAR", "取得年份", row.oldLevelYear == null ? null : row.oldLevelYear.toString(),
                row.newLevel != null ? (row.newLevelYear == null ? null : row.newLevelYear.toString()) : row.newLevelYearText));
        return new RowView(row.lineNo, row.workerId, row.accepted, fields, RowFault.split(row.faults));
    }

    private static FieldChange change(String field, String label, String oldValue, String newValue) {
        return change(field, label, oldValue, newValue, !Objects.equals(blankToNull(oldValue), blankToNull(newValue)));
    }

    private static FieldChange change(String field, String label, String oldValue, String newValue, boolean changed) {
        return new FieldChange(field, label, oldValue, newValue, changed);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String workTypeName(String code) {
        return code == null ? null : catalog.find(code).map(WorkType::getName).orElse(code);
    }

    private static String levelName(String level) {
        return level == null ? null : Level.valueOf(level).displayName();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private KeyChangeRequest visible(Caller caller, long requestId) {
        caller.require(Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EXAM_OFFICE, Role.ADMIN);
        return requests.findById(requestId).filter(found -> scopePolicy.covers(caller, found.getUnitId()))
                .orElseThrow(() -> DomainException.notFound("KEY_CHANGE_NOT_FOUND", "未找到该关键信息修改，或其不属于您的管理范围"));
    }

    /** A change the caller's own unit made (a unit operator of another unit in scope of nothing gets 404). */
    private KeyChangeRequest own(Caller caller, long requestId) {
        caller.require(Role.UNIT_OPERATOR);
        KeyChangeRequest found = visible(caller, requestId);
        if (!found.getUnitId().equals(caller.organisationId())) {
            throw DomainException.notFound("KEY_CHANGE_NOT_FOUND", "未找到该关键信息修改，或其不属于您的管理范围");
        }
        return found;
    }

    /** The level names a unit may write in the sheet (as the import's dropdown). */
    public static String[] levelChoices() {
        return LevelNames.dropdown();
    }
}
