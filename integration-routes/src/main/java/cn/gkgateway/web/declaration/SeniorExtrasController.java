package cn.gkgateway.web.declaration;

import cn.gkgateway.declaration.SeniorExtrasForm;
import cn.gkgateway.declaration.SeniorExtrasService;
import cn.gkgateway.declaration.SeniorExtrasView;
import cn.gkgateway.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 高级技师申报信息 (issue 16): read by anyone who sees the declaration, changed by its author. */
@Tag(name = "技术等级申报与审核")
@RestController
@RequestMapping("/api/declarations/{id}/senior-extras")
class SeniorExtrasController {

    private final SeniorExtrasService extras;

    SeniorExtrasController(SeniorExtrasService extras) {
        this.extras = extras;
    }

    @Operation(summary = "高级技师申报信息：年度考核结果、学习工作简历、奖惩情况、主要业绩、可选条件一至八、论文标题")
    @GetMapping
    SeniorExtrasView get(Caller caller, @PathVariable long id) {
        return extras.view(caller, id);
    }

    @Operation(summary = "填写高级技师申报信息（申报单位经办人或申报人本人；暂存或退回补充且申报期内）")
    @PutMapping
    SeniorExtrasView edit(Caller caller, @PathVariable long id, @RequestBody(required = false) SeniorExtrasForm.Request request) {
        return extras.edit(caller, id, request);
    }
}
