package cn.gkgateway.web.plan;

import cn.gkgateway.identity.Accounts;
import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.catalog.WorkTypeScope;
import cn.gkgateway.catalog.WorkTypeScopes;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.plan.EligibilityRule;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.PlanAdministration;
import cn.gkgateway.plan.PlanCommand;
import cn.gkgateway.plan.PlanDeadlines;
import cn.gkgateway.plan.PlanDefaults;
import cn.gkgateway.plan.RegistrationWindow;
import cn.gkgateway.roster.Workers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 考评计划管理 (exam office) and the deadlines everybody sees on the 工作台 and the H5 home. */
@Tag(name = "考评计划")
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private static final String DEFAULT_REGION = "320000";

    private final PlanAdministration administration;
    private final PlanDeadlines deadlines;
    private final WorkTypeScopes scopes;
    private final Catalog catalog;
    private final Organisations organisations;
    private final Accounts accounts;
    private final Workers workers;
    private final Clock clock;

    PlanController(PlanAdministration administration, PlanDeadlines deadlines, WorkTypeScopes scopes, Catalog catalog,
                   Organisations organisations, Accounts accounts, Workers workers, Clock clock) {
        this.administration = administration;
        this.deadlines = deadlines;
        this.scopes = scopes;
        this.catalog = catalog;
        this.organisations = organisations;
        this.accounts = accounts;
        this.workers = workers;
        this.clock = clock;
    }

    record WindowView(LevelGroup levelGroup, String levelGroupName, LocalDateTime opensAt, LocalDateTime closesAt,
                      LocalDate inPostCutoff, LocalDate examOn, LocalDateTime admitCardFrom, LocalDateTime resultsAt,
                      String state, String stateName) {
    }

    record RuleView(Level targetLevel, String targetLevelName, int yearsInLevel, Integer totalWorkYears, int trainingYears) {
    }

    record OpenWorkTypes(LevelGroup levelGroup, String levelGroupName, int count, List<String> names) {
    }

    record PlanView(long id, int year, String regionCode, String regionName, String name, boolean editable,
                    List<WindowView> windows, List<RuleView> rules, List<OpenWorkTypes> openWorkTypes) {
    }

    record DeadlineView(long planId, int year, String planName, LevelGroup levelGroup, String levelGroupName,
                        LocalDateTime opensAt, LocalDateTime closesAt, LocalDate inPostCutoff, LocalDate examOn,
                        LocalDateTime admitCardFrom, LocalDateTime resultsAt, String state, String stateName, long daysLeft) {
    }

    @Operation(summary = "考评计划列表（工考办：本地区及上级计划；管理员：全部）")
    @GetMapping
    List<PlanView> list(Caller caller, @RequestParam(required = false) Integer year) {
        return administration.visible(caller, year).stream().map(plan -> view(caller, plan)).toList();
    }

    @Operation(summary = "考评计划详情，含各等级当年开放工种（来自工种目录的考评范围）")
    @GetMapping("/{id}")
    PlanView get(Caller caller, @PathVariable long id) {
        return view(caller, administration.get(caller, id));
    }

    @Operation(summary = "新计划的默认值（2020年通知的时间安排移到该年度，默认申报条件）")
    @GetMapping("/defaults")
    PlanCommand defaults(Caller caller, @RequestParam int year) {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        return new PlanCommand(year, null, year + "年度机关事业单位工勤技能岗位技术等级考评",
                PlanDefaults.windows(year).stream().map(w -> new PlanCommand.Window(w.getLevelGroup(), w.opensAt(), w.closesAt(),
                        w.getInPostCutoff(), w.getExamOn(), null, null)).toList(),
                PlanDefaults.rules().stream().map(r -> new PlanCommand.Rule(r.getTargetLevel(), r.getYearsInLevel(),
                        r.getTotalWorkYears(), r.getTrainingYears())).toList());
    }

    @Operation(summary = "新建考评计划（工考办，本辖区；同一地区同一年度只能有一个计划）")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlanView create(Caller caller, @RequestBody PlanCommand command) {
        return view(caller, administration.create(caller, command == null ? new PlanCommand(null, null, null, null, null) : command));
    }

    @Operation(summary = "修改考评计划（工考办，本辖区；年度和地区不可改）")
    @PutMapping("/{id}")
    PlanView change(Caller caller, @PathVariable long id, @RequestBody PlanCommand command) {
        return view(caller, administration.change(caller, id, command == null ? new PlanCommand(null, null, null, null, null) : command));
    }

    @Operation(summary = "调用者所在地区本年度和下一年度的报名时间：正在报名、即将开始、已截止")
    @GetMapping("/deadlines")
    List<DeadlineView> deadlines(Caller caller) {
        return deadlines.forRegion(regionOf(caller)).stream()
                .map(d -> new DeadlineView(d.planId(), d.year(), d.planName(), d.levelGroup(), d.levelGroup().displayName(),
                        d.opensAt(), d.closesAt(), d.inPostCutoff(), d.examOn(), d.admitCardFrom(), d.resultsAt(),
                        d.state().name(), stateName(d.state()), d.daysLeft()))
                .toList();
    }

    private String regionOf(Caller caller) {
        if (caller.organisationId() != null) {
            return organisations.findById(caller.organisationId()).map(o -> o.getRegionCode()).orElse(DEFAULT_REGION);
        }
        return accounts.findById(caller.accountId()).map(account -> account.getPersonIdHash())
                .flatMap(hash -> hash == null ? java.util.Optional.empty() : workers.findByIdNumberHash(hash))
                .flatMap(worker -> organisations.findById(worker.getUnitId())).map(unit -> unit.getRegionCode())
                .orElse(DEFAULT_REGION);
    }

    private PlanView view(Caller caller, ExamPlan plan) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(PlanDeadlines.ZONE));
        Map<LevelGroup, List<String>> open = scopes.findByYear(plan.getYear()).stream().collect(Collectors.groupingBy(
                WorkTypeScope::getLevelGroup, Collectors.mapping(scope -> catalog.find(scope.getWorkTypeCode())
                        .map(type -> type.getName()).orElse(scope.getWorkTypeCode()), Collectors.toList())));
        String regionName = organisations.findFirstByKindAndJurisdictionLevelAndRegionCode(
                        cn.gkgateway.organisation.OrganisationKind.EXAM_OFFICE, level(plan.getRegionCode()), plan.getRegionCode())
                .map(office -> office.getName()).orElse(plan.getRegionCode());
        return new PlanView(plan.getId(), plan.getYear(), plan.getRegionCode(), regionName, plan.getName(),
                administration.manages(caller, plan),
                plan.getWindows().stream().sorted(Comparator.comparing(RegistrationWindow::getLevelGroup))
                        .map(w -> window(w, now)).toList(),
                plan.getRules().stream().sorted(Comparator.comparing(EligibilityRule::getTargetLevel))
                        .map(r -> new RuleView(r.getTargetLevel(), r.getTargetLevel().displayName(), r.getYearsInLevel(),
                                r.getTotalWorkYears(), r.getTrainingYears())).toList(),
                java.util.Arrays.stream(LevelGroup.values()).map(group -> {
                    List<String> names = open.getOrDefault(group, List.of()).stream().sorted().toList();
                    return new OpenWorkTypes(group, group.displayName(), names.size(), names);
                }).toList());
    }

    private static cn.gkgateway.organisation.JurisdictionLevel level(String regionCode) {
        if (regionCode.endsWith("0000")) {
            return cn.gkgateway.organisation.JurisdictionLevel.PROVINCE;
        }
        return regionCode.endsWith("00") ? cn.gkgateway.organisation.JurisdictionLevel.CITY : cn.gkgateway.organisation.JurisdictionLevel.DISTRICT;
    }

    private static WindowView window(RegistrationWindow w, LocalDateTime now) {
        PlanDeadlines.State state = w.isOpenAt(now) ? PlanDeadlines.State.OPEN
                : now.isBefore(w.opensAt()) ? PlanDeadlines.State.UPCOMING : PlanDeadlines.State.CLOSED;
        return new WindowView(w.getLevelGroup(), w.getLevelGroup().displayName(), w.opensAt(), w.closesAt(), w.getInPostCutoff(),
                w.getExamOn(), wall(w.getAdmitCardFrom()), wall(w.getResultsAt()), state.name(), stateName(state));
    }

    private static LocalDateTime wall(java.time.Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, PlanDeadlines.ZONE);
    }

    static String stateName(PlanDeadlines.State state) {
        return switch (state) {
            case OPEN -> "正在报名";
            case UPCOMING -> "即将开始";
            case CLOSED -> "已截止";
        };
    }
}
