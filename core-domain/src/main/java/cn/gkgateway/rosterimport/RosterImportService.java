package cn.gkgateway.rosterimport;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.review.Decision;
import cn.gkgateway.review.RequestReview;
import cn.gkgateway.review.ReviewSteps;
import cn.gkgateway.roster.Establishment;
import cn.gkgateway.rosterimport.internal.ImportRowStore;
import cn.gkgateway.rosterimport.internal.StoredRow;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Imports of new workers by Excel template: upload (every row checked, the rows kept encrypted
 * as a draft), mode, evidence, submission into the review chain, and the decision. Nothing joins
 * the roster before the last step approves; then all rows join in one statement of the
 * decision's transaction. Another unit's import answers IMPORT_NOT_FOUND (404).
 */
@Service
public class RosterImportService implements BatchRequestService {

    public static final String SUBJECT_TYPE = "ROSTER_IMPORT";
    private static final int PREVIEW_ROWS = 200;

    private final RosterImports imports;
    private final ImportRowStore rows;
    private final Organisations organisations;
    private final ScopePolicy scopePolicy;
    private final Catalog catalog;
    private final PersonalDataProtector protector;
    private final BatchEvidence evidence;
    private final BatchSubmission submission;
    private final RequestReview review;
    private final ReviewSteps steps;
    private final AuditLog auditLog;
    private final Clock clock;

    public RosterImportService(RosterImports imports, ImportRowStore rows, Organisations organisations, ScopePolicy scopePolicy,
                               Catalog catalog, PersonalDataProtector protector, BatchEvidence evidence, BatchSubmission submission,
                               RequestReview review, ReviewSteps steps, AuditLog auditLog, Clock clock) {
        this.imports = imports;
        this.rows = rows;
        this.organisations = organisations;
        this.scopePolicy = scopePolicy;
        this.catalog = catalog;
        this.protector = protector;
        this.evidence = evidence;
        this.submission = submission;
        this.review = review;
        this.steps = steps;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Reads a file through {@code reader}, which streams the first sheet's non-blank rows into the
     * given sheet; a file-level refusal rolls everything back. Rows are checked, looked up against
     * the roster in chunks and stored in batches. The file is read and checked on a thread of its
     * own while this one stores the previous chunk ({@link ChunkHandoff}).
     */
    @Transactional
    public RosterImport upload(Caller caller, int maxDataRows, Consumer<ImportSheet> reader) {
        caller.require(Role.UNIT_OPERATOR);
        scopePolicy.requireOpen(caller.organisationId());
        Organisation unit = organisations.findById(caller.organisationId()).orElseThrow();
        RosterImport draft = imports.save(new RosterImport(unit.getId(), caller.accountId(), clock.instant()));
        int[] counts = new int[2];
        RowRules rules = new RowRules(LocalDate.now(clock), unit.getName(), RowRules.workTypeCodes(catalog));
        ChunkHandoff.<List<CheckedRow>>run("roster-import-reader", handOn -> {
            ImportSheet sheet = new ImportSheet(rules, maxDataRows, handOn);
            reader.accept(sheet);
            sheet.finish();
        }, chunk -> {
            String[] hashes = new String[chunk.size()];
            for (int i = 0; i < chunk.size(); i++) {
                CheckedRow row = chunk.get(i);
                hashes[i] = row.parsed() == null ? null : protector.hash(row.parsed().idNumber().value());
            }
            Set<String> taken = rows.taken(java.util.Arrays.stream(hashes).filter(java.util.Objects::nonNull).toList());
            List<StoredRow> stored = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                CheckedRow row = chunk.get(i);
                if (hashes[i] != null && taken.contains(hashes[i])) {
                    DuplicateRows.onRoster(row);
                }
                stored.add(ImportStore.stored(row, hashes[i], protector));
                counts[row.accepted() ? 0 : 1]++;
            }
            rows.insert(draft.getId(), stored);
        });
        draft.counted(counts[0], counts[1]);
        auditLog.record(caller, "ROSTER_IMPORT_UPLOADED", "roster_import", draft.getId(),
                "正确" + counts[0] + "行，错误" + counts[1] + "行");
        return draft;
    }

    @Transactional(readOnly = true)
    public ImportSummary summary(Caller caller, long importId) {
        RosterImport found = visible(caller, importId);
        String unitName = organisations.findById(found.getUnitId()).map(Organisation::getName).orElse("");
        return new ImportSummary(found, unitName, steps.findBySubjectTypeAndSubjectIdOrderByStepNoAsc(SUBJECT_TYPE, importId),
                page(importId, true, 0, PREVIEW_ROWS), page(importId, false, 0, PREVIEW_ROWS));
    }

    /** A page of accepted or rejected rows (masked). */
    @Transactional(readOnly = true)
    public List<ImportRowView> rows(Caller caller, long importId, boolean accepted, int offset, int limit) {
        visible(caller, importId);
        return page(importId, accepted, Math.max(0, offset), Math.min(Math.max(1, limit), 1000));
    }

    /** The caller's own unit's imports (a unit operator), or those waiting for the caller's decision (an exam office). */
    @Transactional(readOnly = true)
    public List<RosterImport> list(Caller caller) {
        return review.list(caller, SUBJECT_TYPE, imports::findTop50ByUnitIdOrderByIdDesc, imports::findByIdInOrderByIdDesc);
    }

    /** Streams the rejected rows (row number, cells in template order, faults) for the download. */
    @Transactional(readOnly = true)
    public void rejectedRows(Caller caller, long importId, BiConsumer<Integer, RejectedRow> each) {
        visible(caller, importId);
        rows.forEachRejected(importId, row -> each.accept(row.lineNo(),
                new RejectedRow(ImportStore.cells(row.cellsCipher(), protector), RowFault.split(row.faults()))));
    }

    /** A rejected row's cells as uploaded, in template order, and its faults. */
    public record RejectedRow(List<String> cells, List<RowFault> faults) {
    }

    @Transactional
    public RosterImport chooseMode(Caller caller, long importId, boolean onlyValidRows) {
        RosterImport draft = own(caller, importId);
        draft.setOnlyValidRows(onlyValidRows);
        auditLog.record(caller, "ROSTER_IMPORT_MODE", "roster_import", importId, onlyValidRows ? "只导入正确的行" : "全部正确才导入");
        return draft;
    }

    /** The signed, stamped printout of the caller's own draft import (any earlier one is replaced). */
    @Override
    public void attachEvidence(Caller caller, long importId, InputStream body, String fileName) {
        evidence.attach(body, fileName, () -> own(caller, importId),
                stored -> auditLog.record(caller, "ROSTER_IMPORT_EVIDENCE", "roster_import", importId, stored.mediaType()));
    }

    @Override
    public BatchEvidence.Opened evidence(Caller caller, long importId, BatchEvidence.Copy copy) {
        return evidence.open(() -> visible(caller, importId).batch(), copy);
    }

    @Override
    @Transactional
    public void submit(Caller caller, long importId, String contactName, String contactPhone) {
        RosterImport draft = own(caller, importId);
        BatchSubmission.Contact contact = submission.check(draft, contactName, contactPhone);
        requireRowsToJoin(draft);
        if (rows.alreadyOnRoster(importId) > 0) {
            throw DomainException.conflict("DUPLICATE_ON_ROSTER", "导入文件中有人员已加入工勤人员名册，请重新导入");
        }
        submission.submit(SUBJECT_TYPE, draft, contact);
        auditLog.record(caller, "ROSTER_IMPORT_SUBMITTED", "roster_import", importId, draft.rowsToJoin() + "人");
    }

    private void requireRowsToJoin(RosterImport draft) {
        if (draft.getRejectedCount() > 0 && !draft.isOnlyValidRows()) {
            List<FieldProblem> problems = new ArrayList<>();
            for (ImportRowView row : page(draft.getId(), false, 0, 100)) {
                for (RowFault fault : row.faults()) {
                    problems.add(new FieldProblem("第" + row.rowNumber() + "行·" + fault.column(), fault.message(), fault.code()));
                }
            }
            throw new DomainException(DomainException.Kind.INVALID, "ROWS_INVALID", "有" + draft.getRejectedCount()
                    + "行不符合要求，本次导入不会加入任何人员：请修改后重新上传，或选择“只导入正确的行”", problems);
        }
        if (draft.rowsToJoin() == 0) {
            throw DomainException.invalid("NO_DATA_ROWS", "file", "没有可以导入的正确行");
        }
    }

    /** Records an exam office's decision; the last approval puts every accepted row on the unit's roster. */
    @Override
    @Transactional
    public void decide(Caller caller, long importId, Decision decision, String reason) {
        caller.require(Role.EXAM_OFFICE);
        RosterImport found = visible(caller, importId);
        review.decide(caller, SUBJECT_TYPE, importId, found, "导入", decision, reason, () -> {
            if (rows.alreadyOnRoster(importId) > 0) {
                throw DomainException.conflict("DUPLICATE_ON_ROSTER", "导入的人员中已有人加入工勤人员名册，无法通过；请退回单位重新导入");
            }
            int joined = rows.joinRoster(importId, found.getUnitId(), Establishment.IN_ESTABLISHMENT.name(), clock.instant());
            auditLog.record(caller, "ROSTER_IMPORT_APPROVED", "roster_import", importId, "加入名册" + joined + "人");
        });
        auditLog.record(caller, "ROSTER_IMPORT_DECIDED", "roster_import", importId, decision.displayName());
    }

    private List<ImportRowView> page(long importId, boolean accepted, int offset, int limit) {
        return rows.rows(importId, accepted, offset, limit).stream().map(ImportStore::view).toList();
    }

    private RosterImport visible(Caller caller, long importId) {
        caller.require(Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EXAM_OFFICE, Role.ADMIN);
        return imports.findById(importId).filter(found -> scopePolicy.covers(caller, found.getUnitId()))
                .orElseThrow(() -> DomainException.notFound("IMPORT_NOT_FOUND", "未找到该导入记录，或其不属于您的管理范围"));
    }

    private RosterImport own(Caller caller, long importId) {
        caller.require(Role.UNIT_OPERATOR);
        return visible(caller, importId);
    }
}
