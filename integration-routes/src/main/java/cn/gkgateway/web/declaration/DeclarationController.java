package cn.gkgateway.web.declaration;

import cn.gkgateway.declaration.DeclarationQueries;
import cn.gkgateway.declaration.DeclarationService;
import cn.gkgateway.declaration.DeclarationStatus;
import cn.gkgateway.declaration.Declare;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.review.Decision;
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

import java.util.List;

@Tag(name = "技术等级申报与审核")
@RestController
@RequestMapping("/api")
class DeclarationController {

    private final DeclarationService declarations;
    private final DeclarationQueries queries;

    DeclarationController(DeclarationService declarations, DeclarationQueries queries) {
        this.declarations = declarations;
        this.queries = queries;
    }

    record DecisionRequest(Decision decision, String reason) {
    }

    @Operation(summary = "提交申报（申报单位经办人）")
    @PostMapping("/declarations")
    @ResponseStatus(HttpStatus.CREATED)
    DeclarationResponse declare(Caller caller, @RequestBody Declare command) {
        return DeclarationResponse.of(queries.view(declarations.declare(caller, command)));
    }

    @Operation(summary = "申报列表（按调用者范围：申报人本人、单位、主管部门所属单位、工考办所辖地区）")
    @GetMapping("/declarations")
    List<DeclarationResponse> list(Caller caller, @RequestParam(required = false) DeclarationStatus status) {
        return queries.list(caller, status).stream().map(DeclarationResponse::of).toList();
    }

    @Operation(summary = "申报详情及审核进度")
    @GetMapping("/declarations/{id}")
    DeclarationResponse get(Caller caller, @PathVariable long id) {
        return DeclarationResponse.of(queries.get(caller, id));
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
}
