package cn.gkgateway.declaration;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading and editing the 高级技师 extras of a declaration (issue 16). Anyone who may see the declaration
 * reads them; only its author (the unit's operator, or the applicant of an individual declaration) changes
 * them, while it is a draft or returned for supplement and its window allows it — the rules of 查看/补充.
 */
@Service
public class SeniorExtrasService {

    private final DeclarationService declarations;
    private final DeclarationQueries queries;
    private final SeniorExtrasRecords records;
    private final SlotFiles slotFiles;
    private final AuditLog auditLog;
    private final Clock clock;

    public SeniorExtrasService(DeclarationService declarations, DeclarationQueries queries, SeniorExtrasRecords records,
                               SlotFiles slotFiles, AuditLog auditLog, Clock clock) {
        this.declarations = declarations;
        this.queries = queries;
        this.records = records;
        this.slotFiles = slotFiles;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SeniorExtrasView view(Caller caller, long declarationId) {
        Declaration declaration = senior(queries.visibleDeclaration(caller, declarationId));
        return view(declaration, records.findById(declarationId).orElse(null), mayEdit(caller, declaration));
    }

    /** Replaces the extras with what the author sent (empty fields allowed until submission); all or nothing. */
    @Transactional
    public SeniorExtrasView edit(Caller caller, long declarationId, SeniorExtrasForm.Request request) {
        Declaration declaration = senior(declarations.own(caller, declarationId));
        declaration.requireEditable();
        List<FieldProblem> problems = new ArrayList<>();
        SeniorExtrasForm form = SeniorExtrasForm.of(request, problems);
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "SENIOR_EXTRAS_INVALID", problems.get(0).message(), problems);
        }
        declarations.requireEditableNow(declaration);
        SeniorExtras extras = records.findById(declarationId).orElseGet(() -> new SeniorExtras(declarationId));
        extras.change(form, clock.instant(), caller.accountId());
        records.save(extras);
        auditLog.record(caller, "DECLARATION_SENIOR_EXTRAS", "declaration", declarationId,
                "论文标题：" + (form.thesisTitle() == null ? "未填" : form.thesisTitle()) + "；可选条件："
                        + (form.claimedConditions().isEmpty() ? "无" : form.claimedConditions().toString()));
        return view(declaration, extras, true);
    }

    private boolean mayEdit(Caller caller, Declaration declaration) {
        if (!declaration.editable()) {
            return false;
        }
        try {
            declarations.own(caller, declaration.getId());
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    private static Declaration senior(Declaration declaration) {
        if (declaration.getTargetLevel() != Level.SENIOR_TECHNICIAN) {
            throw DomainException.conflict("SENIOR_EXTRAS_NOT_APPLICABLE", "只有申报一级/高级技师时才需填写高级技师申报信息");
        }
        return declaration;
    }

    private SeniorExtrasView view(Declaration declaration, SeniorExtras extras, boolean editable) {
        Map<String, List<String>> files = slotFiles.fileNamesBySlot(declaration.getId());
        List<Integer> claimed = extras == null ? List.of() : List.copyOf(extras.getClaimedConditions());
        List<SeniorExtrasView.Condition> conditions = new ArrayList<>();
        for (int number = 1; number <= SeniorExtrasForm.CONDITIONS; number++) {
            conditions.add(new SeniorExtrasView.Condition(number, SeniorExtrasCheck.conditionName(number), claimed.contains(number),
                    files.getOrDefault(SeniorExtrasCheck.conditionSlot(number), List.of()).size()));
        }
        String title = extras == null ? null : extras.getThesisTitle();
        List<SeniorExtrasView.ThesisFile> thesis = files.getOrDefault(SeniorExtrasCheck.THESIS_SLOT, List.of()).stream()
                .map(name -> new SeniorExtrasView.ThesisFile(name, ThesisTitle.matches(title, name))).toList();
        List<String> missing = (extras == null ? SeniorExtrasForm.missing(null, null, null, null, null) : extras.missingFields())
                .stream().map(item -> item.substring(item.indexOf(':') + 1)).toList();
        AnnualAssessment assessment = extras == null ? null : extras.getAnnualAssessment();
        return new SeniorExtrasView(declaration.getId(), editable, assessment == null ? null : assessment.name(),
                assessment == null ? null : assessment.displayName(), extras == null ? null : extras.getResume(),
                extras == null ? null : extras.getRewardsPenalties(), extras == null ? null : extras.getAchievements(), claimed,
                conditions, title, thesis, missing, extras == null ? null : extras.getUpdatedAt());
    }
}
