package cn.gkgateway.material;

import cn.gkgateway.shared.ReferenceCache;
import org.springframework.beans.factory.annotation.Value;
import java.time.Duration;
import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.ExamPlans;
import cn.gkgateway.plan.PlanService;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The material slots of each plan: the defaults until the exam office of the plan's region changes them,
 * then the plan's own list. Which slots a declaration has follows from its plan, level group and mode.
 */
@Service
public class SlotSettings {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final int MAX_NAME = 60;
    private static final int MAX_HINT = 200;
    private static final int MAX_SLOTS = 100;

    private final MaterialSlots slots;
    private final ExamPlans plans;
    private final PlanService planService;
    private final Organisations organisations;
    private final AuditLog auditLog;
    /** Slot lists by plan id ({@link #DEFAULTS}: the defaults), see {@link ReferenceCache}. */
    private final ReferenceCache<Long, List<MaterialSlot>> cachedSlots;
    private static final long DEFAULTS = -1;
    private final ReferenceCache<Long, String> cachedRegions;

    public SlotSettings(MaterialSlots slots, ExamPlans plans, PlanService planService, Organisations organisations, AuditLog auditLog,
                        @Value("${gk.reference-data.ttl:5s}") Duration referenceTtl) {
        this.slots = slots;
        this.plans = plans;
        this.planService = planService;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.cachedSlots = new ReferenceCache<>(referenceTtl, 1_000);
        this.cachedRegions = new ReferenceCache<>(referenceTtl, 100_000);
    }

    /** A plan's slot list as the exam office sees it, and whether it is the plan's own or the defaults. */
    public record PlanSlots(long planId, int year, String regionCode, String planName, boolean customised, List<SlotDefinition> slots) {
    }

    /** The plans whose slots the caller may change: an exam office those of its region, the administrator all. */
    @Transactional(readOnly = true)
    public List<ExamPlan> plansOf(Caller caller) {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        return plans.findAll().stream().filter(plan -> governs(caller, plan))
                .sorted(Comparator.comparing(ExamPlan::getYear).reversed().thenComparing(ExamPlan::getRegionCode)).toList();
    }

    @Transactional(readOnly = true)
    public PlanSlots of(Caller caller, long planId) {
        ExamPlan plan = governedPlan(caller, planId);
        List<MaterialSlot> own = slots.findOfPlan(plan.getId(), MaterialSlot.SKILL);
        List<MaterialSlot> shown = own.isEmpty() ? slots.findDefaults(MaterialSlot.SKILL) : own;
        return new PlanSlots(plan.getId(), plan.getYear(), plan.getRegionCode(), plan.getName(), !own.isEmpty(),
                shown.stream().map(MaterialSlot::definition).toList());
    }

    /** Replaces the plan's slots with {@code definitions}; declarations already submitted keep what they carry. */
    @Transactional
    public PlanSlots replace(Caller caller, long planId, List<SlotDefinition> definitions) {
        ExamPlan plan = governedPlan(caller, planId);
        validate(definitions);
        slots.deleteOfPlan(plan.getId(), MaterialSlot.SKILL);
        slots.flush();
        ReferenceCache.changed(); // a bulk delete passes no entity listener
        slots.saveAll(definitions.stream().map(definition -> new MaterialSlot(plan.getId(), trimmed(definition))).toList());
        auditLog.record(caller, "MATERIAL_SLOTS_CHANGED", "exam_plan", plan.getId(),
                plan.getName() + "：" + definitions.size() + "个材料栏目，其中必传"
                        + definitions.stream().filter(SlotDefinition::required).count() + "个");
        return of(caller, planId);
    }

    /** Drops the plan's own slots: declarations under it follow the defaults again. */
    @Transactional
    public PlanSlots restoreDefaults(Caller caller, long planId) {
        ExamPlan plan = governedPlan(caller, planId);
        slots.deleteOfPlan(plan.getId(), MaterialSlot.SKILL);
        ReferenceCache.changed(); // a bulk delete passes no entity listener
        auditLog.record(caller, "MATERIAL_SLOTS_DEFAULTED", "exam_plan", plan.getId(), plan.getName() + "：恢复默认材料栏目");
        return of(caller, planId);
    }

    /** The slots of a declaration: those of its plan (or the defaults) that apply to its level group and mode. */
    @Transactional(readOnly = true)
    public List<MaterialSlot> forDeclaration(Declaration declaration) {
        String regionCode = cachedRegions.get(declaration.getUnitId(),
                id -> organisations.findById(id).map(Organisation::getRegionCode).orElse(""));
        // the slot configuration is reference data: cached (ReferenceCache), so a submission that needs no material reads none
        List<MaterialSlot> candidates = planService.cachedPlanFor(declaration.getYear(), regionCode)
                .map(plan -> cachedSlots.get(plan.getId(), id -> slots.findOfPlan(id, MaterialSlot.SKILL)))
                .filter(own -> !own.isEmpty())
                .orElseGet(() -> cachedSlots.get(DEFAULTS, id -> slots.findDefaults(MaterialSlot.SKILL)));
        return candidates.stream()
                .filter(slot -> slot.appliesTo(declaration.getTargetLevel().group(), declaration.getMode()))
                .toList();
    }

    private ExamPlan governedPlan(Caller caller, long planId) {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        return plans.findById(planId).filter(plan -> governs(caller, plan))
                .orElseThrow(() -> DomainException.notFound("PLAN_NOT_FOUND", "未找到该考评计划，或其不在您的管理范围内"));
    }

    private boolean governs(Caller caller, ExamPlan plan) {
        if (caller.is(Role.ADMIN)) {
            return true;
        }
        return caller.organisationId() != null && organisations.findById(caller.organisationId())
                .map(office -> office.governs(plan.getRegionCode())).orElse(false);
    }

    private static SlotDefinition trimmed(SlotDefinition d) {
        String hint = d.hint() == null || d.hint().isBlank() ? null : d.hint().strip();
        return new SlotDefinition(d.code().strip(), d.name().strip(), d.kind(), d.required(), hint, d.levelGroup(), d.mode(), d.sortOrder());
    }

    private static void validate(List<SlotDefinition> definitions) {
        List<FieldProblem> problems = new ArrayList<>();
        if (definitions == null || definitions.isEmpty()) {
            throw DomainException.invalid("MATERIAL_SLOTS_INVALID", "slots", "请至少设置一个材料栏目");
        }
        if (definitions.size() > MAX_SLOTS) {
            throw DomainException.invalid("MATERIAL_SLOTS_INVALID", "slots", "材料栏目不能超过" + MAX_SLOTS + "个");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < definitions.size(); i++) {
            SlotDefinition d = definitions.get(i);
            String at = "slots[" + i + "]";
            if (d == null) {
                problems.add(new FieldProblem(at, "第" + (i + 1) + "行为空"));
                continue;
            }
            if (d.code() == null || !CODE.matcher(d.code().strip()).matches()) {
                problems.add(new FieldProblem(at + ".code", "第" + (i + 1) + "行：栏目代码须为2至40位大写字母、数字或下划线，且以字母开头"));
            } else if (!seen.add(d.code().strip() + "/" + d.levelGroup() + "/" + d.mode())) {
                problems.add(new FieldProblem(at + ".code", "第" + (i + 1) + "行：栏目代码" + d.code().strip() + "对同一等级和申报方式重复"));
            }
            if (d.name() == null || d.name().isBlank() || d.name().strip().length() > MAX_NAME || hasControl(d.name())) {
                problems.add(new FieldProblem(at + ".name", "第" + (i + 1) + "行：请填写栏目名称（不超过" + MAX_NAME + "字）"));
            }
            if (d.kind() == null) {
                problems.add(new FieldProblem(at + ".kind", "第" + (i + 1) + "行：请选择材料类型"));
            }
            if (d.hint() != null && (d.hint().strip().length() > MAX_HINT || hasControl(d.hint()))) {
                problems.add(new FieldProblem(at + ".hint", "第" + (i + 1) + "行：说明不能超过" + MAX_HINT + "字"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "MATERIAL_SLOTS_INVALID", problems.get(0).message(), problems);
        }
    }

    private static boolean hasControl(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT);
    }
}
