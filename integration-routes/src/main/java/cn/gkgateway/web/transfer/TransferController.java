package cn.gkgateway.web.transfer;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.review.Decision;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.transfer.TransferCandidate;
import cn.gkgateway.transfer.TransferService;
import cn.gkgateway.transfer.WorkerTransfer;
import cn.gkgateway.web.ReviewStepResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** 人员调动: look-up by full ID number, request, list, detail and the exam offices' decisions. */
@Tag(name = "人员调动")
@RestController
@RequestMapping("/api/roster/transfers")
class TransferController {

    private final TransferService transfers;
    private final Organisations organisations;

    TransferController(TransferService transfers, Organisations organisations) {
        this.transfers = transfers;
        this.organisations = organisations;
    }

    record LookupRequest(String idNumber) {
    }

    record TransferRequest(String idNumber, String reason) {
    }

    record DecisionRequest(Decision decision, String reason) {
    }

    record TransferResponse(long id, String workerName, String idNumberMasked, String fromUnitName, String toUnitName,
                            String status, String statusName, String reason, Instant requestedAt, Instant decidedAt,
                            List<ReviewStepResponse> steps) {
    }

    @Operation(summary = "按完整身份证号查询他单位在册人员（只返回姓名和脱敏证件号）")
    @PostMapping("/lookup")
    TransferCandidate lookup(Caller caller, @RequestBody LookupRequest request) {
        return transfers.lookup(caller, request == null ? null : request.idNumber());
    }

    @Operation(summary = "调入单位申请调入该人员")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TransferResponse request(Caller caller, @RequestBody TransferRequest request) {
        WorkerTransfer transfer = transfers.request(caller, request == null ? null : request.idNumber(), request == null ? null : request.reason());
        return response(caller, transfer, true);
    }

    @GetMapping
    List<TransferResponse> list(Caller caller) {
        return transfers.list(caller).stream().map(transfer -> response(caller, transfer, false)).toList();
    }

    @Operation(summary = "某工勤人员的调动记录（人员详情页；能看到该人员者，看到其管理范围涉及的调动），新的在前")
    @GetMapping(params = "workerId")
    List<TransferResponse> ofWorker(Caller caller, @RequestParam long workerId) {
        return transfers.ofWorker(caller, workerId).stream().map(transfer -> response(caller, transfer, false)).toList();
    }

    @GetMapping("/{id}")
    TransferResponse get(Caller caller, @PathVariable long id) {
        return response(caller, transfers.get(caller, id), true);
    }

    @Operation(summary = "工考办审核调动：通过、不通过或退回；最后一步通过时人员调入")
    @PostMapping("/{id}/decision")
    TransferResponse decide(Caller caller, @PathVariable long id, @RequestBody DecisionRequest request) {
        WorkerTransfer transfer = transfers.decide(caller, id, request == null ? null : request.decision(), request == null ? null : request.reason());
        return response(caller, transfer, true);
    }

    private TransferResponse response(Caller caller, WorkerTransfer transfer, boolean withSteps) {
        Worker worker = transfers.workerOf(caller, transfer);
        List<ReviewStepResponse> steps = withSteps ? transfers.steps(caller, transfer.getId()).stream().map(ReviewStepResponse::of).toList() : List.of();
        return new TransferResponse(transfer.getId(), worker.getName(), worker.getIdNumberMasked(), unitName(transfer.getFromUnitId()),
                unitName(transfer.getToUnitId()), transfer.getStatus().name(), transfer.getStatus().displayName(), transfer.getReason(),
                transfer.getRequestedAt(), transfer.getDecidedAt(), steps);
    }

    private String unitName(long unitId) {
        return organisations.findById(unitId).map(Organisation::getName).orElse("");
    }
}
