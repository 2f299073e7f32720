package cn.gkgateway.web.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.eligibility.Candidate;
import cn.gkgateway.eligibility.CandidateFactory;
import cn.gkgateway.eligibility.Eligibility;
import cn.gkgateway.eligibility.IntegrityRecords;
import cn.gkgateway.eligibility.PersonRecords;
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
import cn.gkgateway.quota.ReviewFailures;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

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
    private final IntegrityRecords integrity;
    private final QuotaAdministration quotas;
    private final ReviewFailures reviewFailures;
    private final Clock clock;

    EligibilityController(RosterService roster, Organisations organisations, PlanService plans, PlanWindows windows,
                          CandidateFactory candidates, Eligibility eligibility,
                          IntegrityRecords integrity, QuotaAdministration quotas, ReviewFailures reviewFailures, Clock clock) {
        this.roster = roster;
        this.organisations = organisations;
        this.plans = plans;
        this.windows = windows;
        this.candidates = candidates;
        this.eligibility = eligibility;
        this.integrity = integrity;
        this.quotas = quotas;
        this.reviewFailures = reviewFailures;
        this.clock = clock;
    }

    record CheckRequest(Long workerId, Level targetLevel, String workTypeCode, Candidate.Mode mode) {
    }

    record CheckResponse(boolean windowOpen, boolean eligible, List<RuleFailure> failures, List<QualificationCheck.Warning> warnings) {
    }

    record IntegrityRequest(Long workerId, String idNumber, String name, LocalDate recordedOn, String reason) {
    }

    record RevokeRequest(String reason) {
    }

    record Created(long id) {
    }

    record ReviewFailureRequest(Long workerId, String idNumber, String name, Integer reviewYear) {
    }

    private static final int MAX_PAGE_SIZE = 100;

    /** The page asked for, its number at least 0 and its size between 1 and {@value #MAX_PAGE_SIZE}. */
    private static <T> PageResponse<T> page(int page, int size, BiFunction<Integer, Integer, Page<T>> query) {
        return PageResponse.of(query.apply(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)), row -> row);
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
        PersonRecords records = candidates.records(worker);
        Candidate candidate = candidates.forWorker(worker, records, request.targetLevel(), request.workTypeCode(), request.mode(), plan,
                today.getYear(), today);
        List<RuleFailure> failures = eligibility.check(candidate);
        return new CheckResponse(windows.isOpen(plan, request.targetLevel()), failures.isEmpty(), failures,
                QualificationCheck.compare(records.qualifications(), worker.getLevel(), worker.getLevelYear(), worker.getWorkTypeCode()));
    }

    @Operation(summary = "诚信记录列表（工考办：本辖区；按姓名、身份证号、查实年度筛选，分页，身份证号脱敏）")
    @GetMapping("/api/integrity-records")
    PageResponse<IntegrityRecords.IntegrityRecord> integrityRecords(Caller caller, @RequestParam(required = false) String name,
                                                                    @RequestParam(required = false) String idNumber,
                                                                    @RequestParam(required = false) Integer year,
                                                                    @RequestParam(defaultValue = "0") int page,
                                                                    @RequestParam(defaultValue = "20") int size) {
        return page(page, size, (p, s) -> integrity.page(caller, new IntegrityRecords.Query(name, idNumber, year), p, s));
    }

    @Operation(summary = "记入诚信记录（工考办：弄虚作假查实，3年内不得申报；按名册人员或身份证号加姓名）")
    @PostMapping("/api/integrity-records")
    @ResponseStatus(HttpStatus.CREATED)
    Created recordIntegrity(Caller caller, @RequestBody IntegrityRequest request) {
        if (request == null) {
            throw DomainException.invalid("INTEGRITY_RECORD_INVALID", "idNumber", "请填写身份证号和姓名");
        }
        return new Created(integrity.record(caller, new IntegrityRecords.NewRecord(request.workerId(), request.idNumber(),
                request.name(), request.recordedOn(), request.reason())));
    }

    @Operation(summary = "撤销诚信记录（工考办：误记时撤销，须填写原因，留痕审计）")
    @PostMapping("/api/integrity-records/{id}/revoke")
    IntegrityRecords.IntegrityRecord revokeIntegrity(Caller caller, @PathVariable long id, @RequestBody(required = false) RevokeRequest request) {
        return integrity.revoke(caller, id, request == null ? null : request.reason());
    }

    @Operation(summary = "某单位某工种某年度的高级技师申报指标（技师人数、指标数、已用数）")
    @GetMapping("/api/quota")
    QuotaLedger.Standing quota(Caller caller, @RequestParam long unitId, @RequestParam String workTypeCode,
                               @RequestParam(required = false) Integer year) {
        return quotas.standing(caller, unitId, workTypeCode, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @Operation(summary = "往年未通过全省高级技师综合评审的人员列表（工考办：本辖区；分页，身份证号脱敏）")
    @GetMapping("/api/quota/review-failures")
    PageResponse<ReviewFailures.ReviewFailure> reviewFailures(Caller caller, @RequestParam(required = false) String name,
                                                              @RequestParam(required = false) String idNumber,
                                                              @RequestParam(required = false) Integer reviewYear,
                                                              @RequestParam(defaultValue = "0") int page,
                                                              @RequestParam(defaultValue = "20") int size) {
        return page(page, size, (p, s) -> reviewFailures.page(caller, new ReviewFailures.Query(name, idNumber, reviewYear), p, s));
    }

    @Operation(summary = "记录往年未通过全省高级技师综合评审（工考办；此类人员再申报不占指标；按名册人员或身份证号加姓名）")
    @PostMapping("/api/quota/review-failures")
    @ResponseStatus(HttpStatus.CREATED)
    void reviewFailure(Caller caller, @RequestBody ReviewFailureRequest request) {
        if (request == null) {
            throw DomainException.invalid("REVIEW_FAILURE_INVALID", "idNumber", "请填写身份证号和姓名");
        }
        quotas.recordReviewFailure(caller, new QuotaAdministration.NewReviewFailure(request.workerId(), request.idNumber(),
                request.name(), request.reviewYear()));
    }
}
