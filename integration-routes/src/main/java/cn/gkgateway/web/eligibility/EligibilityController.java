package cn.gkgateway.web.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.eligibility.Candidate;
import cn.gkgateway.eligibility.CandidateFactory;
import cn.gkgateway.eligibility.Eligibility;
import cn.gkgateway.eligibility.IntegrityRecords;
import cn.gkgateway.eligibility.QualificationCheck;
import cn.gkgateway.eligibility.RuleFailure;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.PlanService;
import cn.gkgateway.plan.PlanWindows;
import cn.gkgateway.quota.QuotaAdministration;
import cn.gkgateway.quota.QuotaLedger;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 资格预审 (every rule and 合格库 warning before submitting), 诚信记录 and 高级技师申报指标. */
@Tag(name = "申报条件、诚信记录与指标")
@RestController
class EligibilityController {

    private final RosterService roster;
    private final Organisations organisations;
    private final PlanService plans;
    private final PlanWindows windows;
    private final CandidateFactory candidates;
    private final Eligibility eligibility;
    private final QualificationCheck qualifications;
    private final IntegrityRecords integrity;
    private final QuotaAdministration quotas;
    private final Clock clock;

    EligibilityController(RosterService roster, Organisations organisations, PlanService plans, PlanWindows windows,
                          CandidateFactory candidates, Eligibility eligibility, QualificationCheck qualifications,
                          IntegrityRecords integrity, QuotaAdministration quotas, Clock clock) {
        this.roster = roster;
        this.organisations = organisations;
        this.plans = plans;
        this.windows = windows;
        this.candidates = candidates;
        this.eligibility = eligibility;
        this.qualifications = qualifications;
        this.integrity = integrity;
        this.quotas = quotas;
        this.clock = clock;
    }

    record CheckRequest(Long workerId, Level targetLevel, String workTypeCode, Candidate.Mode mode) {
    }

    record CheckResponse(boolean windowOpen, boolean eligible, List<RuleFailure> failures, List<QualificationCheck.Warning> warnings) {
    }

    record IntegrityRequest(Long workerId, LocalDate recordedOn, String reason) {
    }

    record Created(long id) {
    }

    record ReviewFailureRequest(Long workerId, Integer reviewYear) {
    }

    @Operation(summary = "资格预审：一次给出所有不符合的条件（原因和改正办法）及合格库提示，不保存任何内容")
    @PostMapping("/api/eligibility/check")
    CheckResponse check(Caller caller, @RequestBody CheckRequest request) {
        caller.require(Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EXAM_OFFICE);
        if (request == null || request.workerId() == null || request.targetLevel() == null || request.targetLevel() == Level.NONE
                || request.workTypeCode() == null || request.workTypeCode().isBlank()) {
            throw DomainException.invalid("DECLARATION_INVALID", "workerId", "请选择申报人员、申报等级和申报工种");
        }
        Worker worker = roster.get(caller, request.workerId());
        LocalDate today = LocalDate.now(clock);
        String region = organisations.findById(worker.getUnitId()).map(unit -> unit.getRegionCode()).orElse("320000");
        ExamPlan plan = plans.planFor(today.getYear(), region).orElse(null);
        Candidate candidate = candidates.forWorker(worker, request.targetLevel(), request.workTypeCode(), request.mode(), plan,
                today.getYear(), today);
        List<RuleFailure> failures = eligibility.check(candidate);
        return new CheckResponse(windows.isOpen(plan, request.targetLevel()), failures.isEmpty(), failures,
                qualifications.warnings(worker.getId(), worker.getLevel(), worker.getLevelYear(), worker.getWorkTypeCode()));
    }

    @Operation(summary = "诚信记录列表（工考办：本辖区）")
    @GetMapping("/api/integrity-records")
    List<IntegrityRecords.IntegrityRecord> integrityRecords(Caller caller) {
        return integrity.visible(caller);
    }

    @Operation(summary = "记入诚信记录（工考办：弄虚作假查实，3年内不得申报）")
    @PostMapping("/api/integrity-records")
    @ResponseStatus(HttpStatus.CREATED)
    Created recordIntegrity(Caller caller, @RequestBody IntegrityRequest request) {
        if (request == null || request.workerId() == null) {
            throw DomainException.invalid("INTEGRITY_RECORD_INVALID", "workerId", "请选择人员");
        }
        return new Created(integrity.record(caller, request.workerId(), request.recordedOn(), request.reason()));
    }

    @Operation(summary = "某单位某工种某年度的高级技师申报指标（技师人数、指标数、已用数）")
    @GetMapping("/api/quota")
    QuotaLedger.Standing quota(Caller caller, @RequestParam long unitId, @RequestParam String workTypeCode,
                               @RequestParam(required = false) Integer year) {
        return quotas.standing(caller, unitId, workTypeCode, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @Operation(summary = "记录往年未通过全省高级技师综合评审（工考办；此类人员再申报不占指标）")
    @PostMapping("/api/quota/review-failures")
    @ResponseStatus(HttpStatus.CREATED)
    void reviewFailure(Caller caller, @RequestBody ReviewFailureRequest request) {
        if (request == null || request.workerId() == null) {
            throw DomainException.invalid("REVIEW_FAILURE_INVALID", "workerId", "请选择人员");
        }
        quotas.recordReviewFailure(caller, request.workerId(), request.reviewYear());
    }
}
