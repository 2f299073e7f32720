package cn.gkgateway.transfer;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.review.Decision;
import cn.gkgateway.review.RequestReview;
import cn.gkgateway.review.ReviewStep;
import cn.gkgateway.review.ReviewSteps;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.Workers;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 人员调动: a receiving unit names a person on another unit's roster by the full ID number (and
 * learns only the name and the masked number), asks for the transfer, the exam offices approve
 * through the review chain, and the worker moves; the transfer rows are the worker's unit history.
 * A transfer is visible to both units and to the exam offices and departments covering either; to anyone else it is 404.
 */
@Service
public class TransferService {

    public static final String SUBJECT_TYPE = "WORKER_TRANSFER";
    private static final int MAX_REASON = 200;

    private final WorkerTransfers transfers;
    private final Workers workers;
    private final Organisations organisations;
    private final ScopePolicy scopePolicy;
    private final PersonalDataProtector protector;
    private final RequestReview review;
    private final ReviewSteps steps;
    private final TransferReviewChain chains;
    private final AuditLog auditLog;
    private final Clock clock;

    public TransferService(WorkerTransfers transfers, Workers workers, Organisations organisations, ScopePolicy scopePolicy,
                           PersonalDataProtector protector, RequestReview review, ReviewSteps steps,
                           TransferReviewChain chains, AuditLog auditLog, Clock clock) {
        this.transfers = transfers;
        this.workers = workers;
        this.organisations = organisations;
        this.scopePolicy = scopePolicy;
        this.protector = protector;
        this.review = review;
        this.steps = steps;
        this.chains = chains;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The person another unit has on its roster under this full ID number: name and masked number only. */
    @Transactional
    public TransferCandidate lookup(Caller caller, String idNumber) {
        Worker worker = otherUnitsWorker(caller, idNumber);
        auditLog.record(caller, "TRANSFER_LOOKUP", "worker", worker.getId(), worker.getIdNumberMasked());
        return new TransferCandidate(worker.getName(), worker.getIdNumberMasked());
    }

    @Transactional
    public WorkerTransfer request(Caller caller, String idNumber, String reason) {
        Worker worker = otherUnitsWorker(caller, idNumber);
        String why = reason == null ? null : Text.requireLine(reason, "reason", "调动原因", MAX_REASON);
        if (transfers.existsByWorkerIdAndStatus(worker.getId(), TransferStatus.PENDING)) {
            throw DomainException.conflict("TRANSFER_PENDING", "该人员已有审核中的调动申请，请等待审核结果");
        }
        Organisation from = organisations.findById(worker.getUnitId()).orElseThrow();
        Organisation to = organisations.findById(caller.organisationId()).orElseThrow();
        WorkerTransfer transfer = transfers.save(new WorkerTransfer(worker.getId(), from.getId(), to.getId(), why,
                caller.accountId(), clock.instant()));
        review.start(SUBJECT_TYPE, transfer.getId(), chains.between(from, to));
        auditLog.record(caller, "TRANSFER_REQUESTED", "worker_transfer", transfer.getId(), worker.getIdNumberMasked());
        return transfer;
    }

    /** A decision of an exam office; the last approval moves the worker to the receiving unit. */
    @Transactional
    public WorkerTransfer decide(Caller caller, long transferId, Decision decision, String reason) {
        caller.require(Role.EXAM_OFFICE);
        WorkerTransfer transfer = visible(caller, transferId);
        review.decide(caller, SUBJECT_TYPE, transferId, transfer, "调动申请", decision, reason, () -> {
            Worker worker = workers.findById(transfer.getWorkerId()).orElseThrow();
            if (!worker.getUnitId().equals(transfer.getFromUnitId())) {
                throw DomainException.conflict("TRANSFER_STALE", "该人员已不在原单位名册中，本调动申请无法通过");
            }
            worker.transferTo(transfer.getToUnitId());
            auditLog.record(caller, "WORKER_TRANSFERRED", "worker", worker.getId(),
                    "单位 " + transfer.getFromUnitId() + " → " + transfer.getToUnitId());
        });
        return transfer;
    }

    @Transactional(readOnly = true)
    public WorkerTransfer get(Caller caller, long transferId) {
        return visible(caller, transferId);
    }

    @Transactional(readOnly = true)
    public List<ReviewStep> steps(Caller caller, long transferId) {
        visible(caller, transferId);
        return steps.findBySubjectTypeAndSubjectIdOrderByStepNoAsc(SUBJECT_TYPE, transferId);
    }

    /** A unit's incoming and outgoing transfers, or those waiting for an exam office's decision. */
    @Transactional(readOnly = true)
    public List<WorkerTransfer> list(Caller caller) {
        return review.list(caller, SUBJECT_TYPE, unit -> transfers.findTop50ByToUnitIdOrFromUnitIdOrderByIdDesc(unit, unit),
                transfers::findByIdInOrderByIdDesc);
    }

    /**
     * A worker's transfers (人员调动记录 on the worker's page), newest first: for anyone who may see the worker, those
     * transfers they may see (their scope covers the sending or the receiving unit).
     */
    @Transactional(readOnly = true)
    public List<WorkerTransfer> ofWorker(Caller caller, long workerId) {
        caller.require(Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EXAM_OFFICE, Role.ADMIN);
        workers.findById(workerId).filter(worker -> scopePolicy.covers(caller, worker.getUnitId()))
                .orElseThrow(() -> DomainException.notFound("WORKER_NOT_FOUND", "未找到该工勤人员，或其不属于本单位管理范围"));
        List<WorkerTransfer> found = new java.util.ArrayList<>(transfers.findByWorkerIdOrderByIdAsc(workerId).stream()
                .filter(t -> scopePolicy.covers(caller, t.getToUnitId()) || scopePolicy.covers(caller, t.getFromUnitId())).toList());
        java.util.Collections.reverse(found);
        return found;
    }

    /** The worker's name as a transfer shows it (both units and reviewers may see it). */
    @Transactional(readOnly = true)
    public Worker workerOf(Caller caller, WorkerTransfer transfer) {
        visible(caller, transfer.getId());
        return workers.findById(transfer.getWorkerId()).orElseThrow();
    }

    private Worker otherUnitsWorker(Caller caller, String idNumber) {
        caller.require(Role.UNIT_OPERATOR);
        scopePolicy.requireOpen(caller.organisationId());
        IdNumber parsed = IdNumber.parse(idNumber, "idNumber", LocalDate.now(clock));
        Worker worker = workers.findByIdNumberHash(protector.hash(parsed.value()))
                .orElseThrow(() -> DomainException.notFound("TRANSFER_PERSON_NOT_FOUND", "没有找到身份证号为 " + parsed.masked() + " 的在册人员"));
        if (worker.getUnitId().equals(caller.organisationId())) {
            throw DomainException.conflict("TRANSFER_SAME_UNIT", "该人员已在本单位名册中，无需调动");
        }
        return worker;
    }

    private WorkerTransfer visible(Caller caller, long transferId) {
        caller.require(Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EXAM_OFFICE, Role.ADMIN);
        return transfers.findById(transferId)
                .filter(t -> scopePolicy.covers(caller, t.getToUnitId()) || scopePolicy.covers(caller, t.getFromUnitId()))
                .orElseThrow(() -> DomainException.notFound("TRANSFER_NOT_FOUND", "未找到该调动申请，或其不属于您的管理范围"));
    }
}
