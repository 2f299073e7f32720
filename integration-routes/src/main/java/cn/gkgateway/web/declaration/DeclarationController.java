package cn.gkgateway.web.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.declaration.CommitmentService;
import cn.gkgateway.declaration.DeclarationCommands.AddEntry;
import cn.gkgateway.declaration.DeclarationCommands.BatchDecide;
import cn.gkgateway.declaration.DeclarationCommands.BatchOutcome;
import cn.gkgateway.declaration.DeclarationCommands.Revise;
import cn.gkgateway.declaration.DeclarationCommands.Submit;
import cn.gkgateway.declaration.DeclarationDetail;
import cn.gkgateway.declaration.DeclarationFilter;
import cn.gkgateway.declaration.DeclarationQueries;
import cn.gkgateway.declaration.DeclarationService;
import cn.gkgateway.declaration.DeclarationStatus;
import cn.gkgateway.declaration.DeclarationView;
import cn.gkgateway.declaration.Declare;
import cn.gkgateway.declaration.RuleResult;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.review.Decision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Tag(name = "技术等级申报与审核")
@RestController
@RequestMapping("/api")
class DeclarationController {

    private final DeclarationService declarations;
    private final DeclarationQueries queries;
    private final CommitmentService commitments;

    DeclarationController(DeclarationService declarations, DeclarationQueries queries, CommitmentService commitments) {
        this.declarations = declarations;
        this.queries = queries;
        this.commitments = commitments;
    }

    record DecisionRequest(Decision decision, String reason) {
    }

    record AddRequest(List<AddEntry> entries) {
    }

    record PageResponse(List<DeclarationResponse> items, long total, int page, int size) {
    }

    record DetailResponse(DeclarationResponse declaration, String currentLevel, String currentLevelName, Integer currentLevelYear,
                          LocalDate workStartDate, Integer workYears, String currentWorkTypeName, List<RuleResult> rules,
                          List<DeclarationDetail.TimelineEntry> timeline,
                          List<String> qualificationWarnings, Instant qualificationConfirmedAt) {
    }

    /** 重新提交: {@code qualificationConfirmed} answers the 合格库 warnings (确认报考) when there are any. */
    record ResubmitRequest(Boolean qualificationConfirmed) {
    }

    record LetterRequest(String body) {
    }

    @Operation(summary = "提交申报（申报单位经办人，一次完成暂存与提交）")
    @PostMapping("/declarations")
    @ResponseStatus(HttpStatus.CREATED)
    DeclarationResponse declare(Caller caller, @RequestBody Declare command) {
        return DeclarationResponse.of(declarations.declareAndView(caller, command));
    }

    @Operation(summary = "申报列表（按调用者范围：申报人本人、单位、主管部门所属单位、工考办所辖地区）")
    @GetMapping("/declarations")
    List<DeclarationResponse> list(Caller caller, @RequestParam(required = false) DeclarationStatus status) {
        return queries.list(caller, status).stream().map(DeclarationResponse::of).toList();
    }

    @Operation(summary = "申报查询：按姓名、身份证号、单位、工种、等级、年度、状态筛选，分页；pendingOnly=true 为待本单位审核")
    @GetMapping("/declarations/search")
    PageResponse search(Caller caller, @RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
                        @RequestParam(required = false) Long unitId, @RequestParam(required = false) String workTypeCode,
                        @RequestParam(required = false) Level level, @RequestParam(required = false) Integer year,
                        @RequestParam(required = false) DeclarationStatus status,
                        @RequestParam(defaultValue = "false") boolean pendingOnly,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<DeclarationView> found = queries.page(caller,
                new DeclarationFilter(name, idNumber, unitId, workTypeCode, level, year, status, pendingOnly), page, size);
        return new PageResponse(found.getContent().stream().map(DeclarationResponse::of).toList(), found.getTotalElements(),
                found.getNumber(), found.getSize());
    }

    @Operation(summary = "工作台待办数量（单位：暂存、退回补充、审核中；审核部门：待审核）")
    @GetMapping("/declarations/todo")
    Map<String, Long> todo(Caller caller) {
        return queries.todo(caller);
    }

    @Operation(summary = "添加申报人员（从名册多选，每人选择申报等级、工种与申报方式），保存为暂存")
    @PostMapping("/declarations/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    List<DeclarationResponse> addDrafts(Caller caller, @RequestBody AddRequest request) {
        return queries.viewAll(declarations.addDrafts(caller, request == null ? null : request.entries())).stream()
                .map(DeclarationResponse::of).toList();
    }

    @Operation(summary = "查看/补充：修改暂存或退回补充的申报（工种、申报方式及其所需信息）")
    @PutMapping("/declarations/{id}")
    DeclarationResponse revise(Caller caller, @PathVariable long id, @RequestBody Revise command) {
        return DeclarationResponse.of(queries.view(declarations.revise(caller, id, command)));
    }

    @Operation(summary = "删除暂存的申报")
    @DeleteMapping("/declarations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable long id) {
        declarations.deleteDraft(caller, id);
    }

    @Operation(summary = "提交暂存的申报（须同意承诺书并填写联系人及手机或带区号的固定电话）")
    @PostMapping("/declarations/submit")
    List<DeclarationResponse> submit(Caller caller, @RequestBody Submit command) {
        return queries.viewAll(declarations.submit(caller, command)).stream().map(DeclarationResponse::of).toList();
    }

    @Operation(summary = "退回补充的申报补充后重新提交（从退回的审核环节重新审核）")
    @PostMapping("/declarations/{id}/resubmit")
    DeclarationResponse resubmit(Caller caller, @PathVariable long id, @RequestBody(required = false) ResubmitRequest request) {
        return DeclarationResponse.of(queries.view(declarations.resubmit(caller, id, request == null ? null : request.qualificationConfirmed())));
    }

    @Operation(summary = "撤回已提交但尚未审核的申报")
    @PostMapping("/declarations/{id}/withdraw")
    DeclarationResponse withdraw(Caller caller, @PathVariable long id) {
        return DeclarationResponse.of(queries.view(declarations.withdraw(caller, id)));
    }

    @Operation(summary = "申报详情及审核进度")
    @GetMapping("/declarations/{id}")
    DeclarationResponse get(Caller caller, @PathVariable long id) {
        return DeclarationResponse.of(queries.get(caller, id));
    }

    @Operation(summary = "审核详情：现等级及取得年度、参加工作时间与工作年限、申报方式及理由、各项资格规则结果、承诺书、联系人、材料、办理记录")
    @GetMapping("/declarations/{id}/detail")
    DetailResponse detail(Caller caller, @PathVariable long id) {
        DeclarationDetail detail = queries.detail(caller, id);
        return new DetailResponse(DeclarationResponse.of(detail.view()),
                detail.currentLevel() == null ? null : detail.currentLevel().name(),
                detail.currentLevel() == null ? null : detail.currentLevel().displayName(), detail.currentLevelYear(),
                detail.workStartDate(), detail.workYears(), detail.currentWorkTypeName(), detail.rules(),
                detail.timeline(), detail.qualificationWarnings(), detail.qualificationConfirmedAt());
    }

    @Operation(summary = "待本单位审核的申报")
    @GetMapping("/reviews/pending")
    List<DeclarationResponse> pending(Caller caller) {
        return queries.pendingReview(caller).stream().map(DeclarationResponse::of).toList();
    }

    @Operation(summary = "审核：通过、不通过（须填意见）或退回补充（须填意见）")
    @PostMapping("/reviews/{declarationId}/decision")
    DeclarationResponse decide(Caller caller, @PathVariable long declarationId, @RequestBody DecisionRequest request) {
        return DeclarationResponse.of(queries.view(declarations.decide(caller, declarationId, request.decision(), request.reason())));
    }

    @Operation(summary = "批量审核勾选的申报（逐条记录审核日志并各发一次通知）")
    @PostMapping("/reviews/batch")
    List<BatchOutcome> decideAll(Caller caller, @RequestBody BatchDecide request) {
        return declarations.decideAll(caller, request.ids(), request.decision(), request.reason());
    }

    @Operation(summary = "申报单位经办人承诺书（本单位所在地区工考办设定的文本，未设定时为默认文本）")
    @GetMapping("/commitment-letter")
    CommitmentService.Letter letter(Caller caller) {
        return commitments.forCaller(caller);
    }

    @Operation(summary = "工考办设定本地区的承诺书文本")
    @PutMapping("/commitment-letter")
    CommitmentService.Letter changeLetter(Caller caller, @RequestBody LetterRequest request) {
        return commitments.change(caller, request == null ? null : request.body());
    }
}
