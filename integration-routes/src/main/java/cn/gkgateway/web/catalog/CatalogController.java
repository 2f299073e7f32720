package cn.gkgateway.web.catalog;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.CatalogEntry;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.PlanService;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

@Tag(name = "工种目录与考评计划")
@RestController
@RequestMapping("/api")
class CatalogController {

    private static final String DEFAULT_REGION = "320000";

    private final Catalog catalog;
    private final PlanService plans;
    private final Organisations organisations;
    private final Clock clock;

    CatalogController(Catalog catalog, PlanService plans, Organisations organisations, Clock clock) {
        this.catalog = catalog;
        this.plans = plans;
        this.organisations = organisations;
        this.clock = clock;
    }

    record LevelResponse(String code, String name) {
    }

    record WindowResponse(LevelGroup levelGroup, String levelGroupName, LocalDate opensOn, LocalDate closesOn,
                          LocalDate inPostCutoff, boolean open) {
    }

    record PlanResponse(int year, String name, String regionCode, List<WindowResponse> windows) {
    }

    @Operation(summary = "技术等级")
    @GetMapping("/catalog/levels")
    List<LevelResponse> levels() {
        return Arrays.stream(Level.values()).map(level -> new LevelResponse(level.name(), level.displayName())).toList();
    }

    @Operation(summary = "工种查询：名称、拼音首字母或全拼；给出年度和等级时只列当年该等级开放的工种")
    @GetMapping("/catalog/work-types")
    List<CatalogEntry> workTypes(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) Level level) {
        return catalog.search(q, year, level);
    }

    @Operation(summary = "当前年度考评计划（调用者所在地区）")
    @GetMapping("/plans/current")
    PlanResponse currentPlan(Caller caller) {
        String region = caller.organisationId() == null ? DEFAULT_REGION
                : organisations.findById(caller.organisationId()).map(organisation -> organisation.getRegionCode()).orElse(DEFAULT_REGION);
        LocalDate today = LocalDate.now(clock);
        ExamPlan plan = plans.planFor(today.getYear(), region)
                .orElseThrow(() -> DomainException.notFound("PLAN_NOT_FOUND", today.getYear() + "年度考评计划尚未发布"));
        return new PlanResponse(plan.getYear(), plan.getName(), plan.getRegionCode(), plan.getWindows().stream()
                .map(window -> new WindowResponse(window.getLevelGroup(), window.getLevelGroup().displayName(), window.getOpensOn(),
                        window.getClosesOn(), window.getInPostCutoff(),
                        window.isOpenAt(java.time.LocalDateTime.now(clock.withZone(cn.gkgateway.plan.PlanDeadlines.ZONE)))))
                .toList());
    }
}
