package cn.gkgateway.plan;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 考评计划管理 for the exam office: plans of its own region (or regions below it), validated with every
 * problem at once (code {@code PLAN_INVALID}), one plan per region and year ({@code PLAN_OVERLAP}), audited.
 * Everyone may read the plans that govern them; offices read the plans above and below their region.
 */
@Service
public class PlanAdministration {

    static final int MAX_NAME = 100;

    private final ExamPlans plans;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public PlanAdministration(ExamPlans plans, Organisations organisations, AuditLog auditLog, Clock clock) {
        this.plans = plans;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Plans of the office's region and below, and those above it that govern it; newest year first. */
    @Transactional(readOnly = true)
    public List<ExamPlan> visible(Caller caller, Integer year) {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        String prefix = caller.is(Role.ADMIN) ? "" : office(caller).governedRegionPrefix();
        String region = caller.is(Role.ADMIN) ? "" : office(caller).getRegionCode();
        return plans.findAll().stream()
                .filter(plan -> year == null || plan.getYear() == year)
                .filter(plan -> plan.getRegionCode().startsWith(prefix) || region.startsWith(PlanService.significantPrefix(plan.getRegionCode())))
                .sorted((a, b) -> a.getYear() != b.getYear() ? Integer.compare(b.getYear(), a.getYear()) : a.getRegionCode().compareTo(b.getRegionCode()))
                .toList();
    }

    @Transactional(readOnly = true)
    public ExamPlan get(Caller caller, long id) {
        return visible(caller, null).stream().filter(plan -> plan.getId() == id).findFirst()
                .orElseThrow(() -> DomainException.notFound("PLAN_NOT_FOUND", "未找到该考评计划，或其不在您的管辖范围内"));
    }

    /** Whether the caller may change plans of this region. */
    public boolean manages(Caller caller, ExamPlan plan) {
        return caller.is(Role.EXAM_OFFICE) && plan.getRegionCode().startsWith(office(caller).governedRegionPrefix());
    }

    @Transactional
    public ExamPlan create(Caller caller, PlanCommand command) {
        caller.require(Role.EXAM_OFFICE);
        Organisation office = office(caller);
        Checked checked = check(command, office);
        if (plans.findByYearAndRegionCode(checked.year, checked.regionCode).isPresent()) {
            throw DomainException.conflict("PLAN_OVERLAP", checked.year + "年度该地区（" + checked.regionCode + "）已有考评计划，请修改原计划");
        }
        ExamPlan plan = plans.saveAndFlush(new ExamPlan(checked.year, checked.regionCode, checked.name, checked.windows, checked.rules));
        auditLog.record(caller, "PLAN_CREATED", "exam_plan", plan.getId(), describe(plan));
        return plan;
    }

    @Transactional
    public ExamPlan change(Caller caller, long id, PlanCommand command) {
        caller.require(Role.EXAM_OFFICE);
        Organisation office = office(caller);
        ExamPlan plan = plans.findById(id).filter(found -> found.getRegionCode().startsWith(office.governedRegionPrefix()))
                .orElseThrow(() -> DomainException.notFound("PLAN_NOT_FOUND", "未找到该考评计划，或其不在您的管辖范围内"));
        Checked checked = check(new PlanCommand(plan.getYear(), plan.getRegionCode(), command.name(), command.windows(), command.rules()), office);
        String before = describe(plan);
        plan.change(checked.name, checked.windows, checked.rules);
        plans.saveAndFlush(plan);
        auditLog.record(caller, "PLAN_CHANGED", "exam_plan", plan.getId(), "原：" + before + "；新：" + describe(plan));
        return plan;
    }

    private Organisation office(Caller caller) {
        if (caller.organisationId() == null) {
            throw DomainException.forbidden("当前账号未关联工考办");
        }
        return organisations.findById(caller.organisationId())
                .orElseThrow(() -> DomainException.forbidden("当前账号未关联工考办"));
    }

    private record Checked(int year, String regionCode, String name, List<RegistrationWindow> windows, List<EligibilityRule> rules) {
    }

    private Checked check(PlanCommand command, Organisation office) {
        List<FieldProblem> problems = new ArrayList<>();
        int thisYear = LocalDate.now(clock).getYear();
        Integer year = command.year();
        if (year == null || year < 2000 || year > thisYear + 2) {
            problems.add(new FieldProblem("year", "考评年度应在2000年至" + (thisYear + 2) + "年之间"));
            year = thisYear;
        }
        String region = command.regionCode() == null || command.regionCode().isBlank() ? office.getRegionCode() : Text.compact(command.regionCode());
        if (!region.matches("\\d{6}")) {
            problems.add(new FieldProblem("regionCode", "地区代码应为6位数字"));
        } else if (!region.startsWith(office.governedRegionPrefix())) {
            problems.add(new FieldProblem("regionCode", "只能为本工考办管辖的地区（" + office.getRegionCode() + "）制定考评计划"));
        }
        String name = Text.line(command.name(), "name", "计划名称", MAX_NAME, problems);
        if (name == null && problems.stream().noneMatch(p -> p.field().equals("name"))) {
            problems.add(new FieldProblem("name", "请填写计划名称", "TEXT_REQUIRED"));
        }
        List<RegistrationWindow> windows = new ArrayList<>();
        Set<LevelGroup> seen = EnumSet.noneOf(LevelGroup.class);
        List<PlanCommand.Window> typed = command.windows() == null ? List.of() : command.windows();
        if (typed.isEmpty()) {
            problems.add(new FieldProblem("windows", "请至少安排一个等级的报名时间"));
        }
        for (int i = 0; i < typed.size(); i++) {
            PlanCommand.Window w = typed.get(i);
            String at = "windows[" + i + "].";
            if (w == null || w.levelGroup() == null) {
                problems.add(new FieldProblem(at + "levelGroup", "请选择报名等级"));
                continue;
            }
            String label = w.levelGroup().displayName();
            if (!seen.add(w.levelGroup())) {
                problems.add(new FieldProblem(at + "levelGroup", label + "的报名时间重复，每个等级只能安排一次"));
                continue;
            }
            int before = problems.size();
            if (w.opensAt() == null) {
                problems.add(new FieldProblem(at + "opensAt", "请填写" + label + "报名开始时间"));
            }
            if (w.closesAt() == null) {
                problems.add(new FieldProblem(at + "closesAt", "请填写" + label + "报名截止时间"));
            }
            if (w.inPostCutoff() == null) {
                problems.add(new FieldProblem(at + "inPostCutoff", "请填写" + label + "在职在岗截止日期"));
            }
            if (problems.size() > before) {
                continue;
            }
            if (!w.closesAt().isAfter(w.opensAt())) {
                problems.add(new FieldProblem(at + "closesAt", label + "报名截止时间应晚于开始时间"));
            }
            if (w.opensAt().getYear() != year) {
                problems.add(new FieldProblem(at + "opensAt", label + "报名开始时间应在" + year + "年内"));
            }
            if (w.inPostCutoff().isBefore(w.closesAt().toLocalDate())) {
                problems.add(new FieldProblem(at + "inPostCutoff", label + "在职在岗截止日期不能早于报名截止日期"));
            }
            if (w.examOn() != null && !w.examOn().isAfter(w.closesAt().toLocalDate())) {
                problems.add(new FieldProblem(at + "examOn", label + "选拔考试日期应晚于报名截止日期"));
            }
            if (w.admitCardFrom() != null && !w.admitCardFrom().isAfter(w.closesAt())) {
                problems.add(new FieldProblem(at + "admitCardFrom", label + "准考证打印开放时间应晚于报名截止时间"));
            }
            LocalDateTime after = w.admitCardFrom() != null ? w.admitCardFrom() : w.closesAt();
            if (w.resultsAt() != null && !w.resultsAt().isAfter(after)) {
                problems.add(new FieldProblem(at + "resultsAt", label + "成绩公布时间应晚于"
                        + (w.admitCardFrom() != null ? "准考证打印开放时间" : "报名截止时间")));
            }
            windows.add(new RegistrationWindow(w.levelGroup(), w.opensAt(), w.closesAt(), w.inPostCutoff(), w.examOn(),
                    instant(w.admitCardFrom()), instant(w.resultsAt())));
        }
        List<EligibilityRule> rules = rules(command.rules(), problems);
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "PLAN_INVALID", problems.get(0).message(), problems);
        }
        return new Checked(year, region, name, windows, rules);
    }

    private static List<EligibilityRule> rules(List<PlanCommand.Rule> typed, List<FieldProblem> problems) {
        if (typed == null || typed.isEmpty()) {
            return PlanDefaults.rules();
        }
        List<EligibilityRule> rules = new ArrayList<>();
        Set<Level> seen = EnumSet.noneOf(Level.class);
        for (int i = 0; i < typed.size(); i++) {
            PlanCommand.Rule r = typed.get(i);
            String at = "rules[" + i + "].";
            if (r == null || r.targetLevel() == null || r.targetLevel() == Level.NONE) {
                problems.add(new FieldProblem(at + "targetLevel", "请选择规则适用的申报等级"));
                continue;
            }
            String label = r.targetLevel().displayName();
            if (!seen.add(r.targetLevel())) {
                problems.add(new FieldProblem(at + "targetLevel", label + "的申报条件重复"));
                continue;
            }
            int before = problems.size();
            int inLevel = bounded(r.yearsInLevel(), 0, 30, at + "yearsInLevel", label + "现等级年限", problems);
            int training = bounded(r.trainingYears(), 0, 5, at + "trainingYears", label + "继续教育年数", problems);
            Integer total = r.totalWorkYears() == null ? null
                    : bounded(r.totalWorkYears(), 1, 50, at + "totalWorkYears", label + "工作年限", problems);
            if (problems.size() == before) {
                rules.add(new EligibilityRule(r.targetLevel(), inLevel, total, training));
            }
        }
        for (EligibilityRule fallback : PlanDefaults.rules()) {
            if (!seen.contains(fallback.getTargetLevel())) {
                rules.add(fallback);
            }
        }
        return rules;
    }

    private static int bounded(Integer value, int min, int max, String field, String label, List<FieldProblem> problems) {
        if (value == null || value < min || value > max) {
            problems.add(new FieldProblem(field, label + "应为" + min + "至" + max + "之间的整数"));
            return min;
        }
        return value;
    }

    private static java.time.Instant instant(LocalDateTime wall) {
        return wall == null ? null : wall.atZone(PlanDeadlines.ZONE).toInstant();
    }

    static String describe(ExamPlan plan) {
        return plan.getYear() + " " + plan.getRegionCode() + " " + plan.getName() + "："
                + plan.getWindows().stream().map(w -> w.getLevelGroup().displayName() + " " + PlanWindows.WHEN.format(w.opensAt())
                        + "至" + PlanWindows.WHEN.format(w.closesAt()) + " 在岗至" + w.getInPostCutoff())
                .collect(Collectors.joining("，"))
                + "；条件：" + plan.getRules().stream().map(r -> r.getTargetLevel().displayName() + " " + r.getYearsInLevel() + "年/"
                        + (r.getTotalWorkYears() == null ? "-" : r.getTotalWorkYears() + "年") + "/继教" + r.getTrainingYears() + "年")
                .collect(Collectors.joining("，"));
    }
}
