package cn.gkgateway.quota;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What people see of the quota (a unit's standing) and the exam office's record of failed comprehensive reviews. */
@Service
public class QuotaAdministration {

    private final QuotaLedger ledger;
    private final RosterService roster;
    private final ScopePolicy scopePolicy;
    private final AuditLog auditLog;
    private final Clock clock;

    public QuotaAdministration(QuotaLedger ledger, RosterService roster, ScopePolicy scopePolicy, AuditLog auditLog, Clock clock) {
        this.ledger = ledger;
        this.roster = roster;
        this.scopePolicy = scopePolicy;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public QuotaLedger.Standing standing(Caller caller, long unitId, String workTypeCode, int year) {
        scopePolicy.visibleUnit(caller, unitId);
        return ledger.standing(unitId, workTypeCode, year);
    }

    /** 往年未通过全省高级技师综合评审: recorded by the exam office for a worker in its region, for a past year. */
    @Transactional
    public void recordReviewFailure(Caller caller, long workerId, Integer reviewYear) {
        recordReviewFailure(caller, new NewReviewFailure(workerId, null, null, reviewYear));
    }

    /** A failure to record: a roster line ({@code workerId}) or a person named by ID number and name, and the review year. */
    public record NewReviewFailure(Long workerId, String idNumber, String name, Integer reviewYear) {
    }

    /** As above; every field problem is reported at once, and a failure already recorded for that year is refused. */
    @Transactional
    public void recordReviewFailure(Caller caller, NewReviewFailure command) {
        caller.require(Role.EXAM_OFFICE);
        List<FieldProblem> problems = new ArrayList<>();
        Worker worker = command.workerId() != null ? roster.get(caller, command.workerId())
                : roster.identify(caller, command.idNumber(), command.name(), problems);
        int thisYear = LocalDate.now(clock).getYear();
        Integer reviewYear = command.reviewYear();
        if (reviewYear == null || reviewYear < 2000 || reviewYear >= thisYear) {
            problems.add(new FieldProblem("reviewYear", "综合评审年度应为2000年至" + (thisYear - 1) + "年"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "REVIEW_FAILURE_INVALID", problems.get(0).message(), problems);
        }
        if (!ledger.recordReviewFailure(worker.getIdNumberHash(), reviewYear, caller.accountId())) {
            throw DomainException.conflict("REVIEW_FAILURE_EXISTS", "该人员" + reviewYear + "年度高级技师综合评审未通过已有记录，无需重复记录");
        }
        auditLog.record(caller, "SENIOR_REVIEW_FAILURE_RECORDED", "worker", worker.getId(),
                worker.getName() + " " + worker.getIdNumberMasked() + " " + reviewYear + "年度高级技师综合评审未通过");
    }
}
