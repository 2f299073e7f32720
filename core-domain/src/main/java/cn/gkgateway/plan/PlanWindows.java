package cn.gkgateway.plan;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Whether a plan's window for a level is open now, on the injected clock in Asia/Shanghai wall time. The one
 * place the declaration flow asks before it submits, edits, resubmits or withdraws anything: after a window
 * closes nothing in it can be done, and the answer says when it closed.
 */
@Component
public class PlanWindows {

    /** What someone wants to do inside a window; all of it stops when the window closes. */
    public enum Action {
        SUBMIT("提交"), EDIT("修改"), RESUBMIT("重新提交"), WITHDRAW("撤回");

        private final String displayName;

        Action(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Clock clock;

    public PlanWindows(Clock clock) {
        this.clock = clock;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(PlanDeadlines.ZONE)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    public boolean isOpen(ExamPlan plan, Level level) {
        return plan != null && level != null && level.group() != null
                && plan.window(level.group()).map(window -> window.isOpenAt(now())).orElse(false);
    }

    /**
     * Refuses unless the window of {@code level}'s group is open now: {@code PLAN_NOT_FOUND} without a plan,
     * {@code WINDOW_NOT_OPEN} before it opens, {@code WINDOW_CLOSED} after it closed or when the plan has no
     * window for the group.
     */
    public RegistrationWindow requireOpen(ExamPlan plan, Level level, Action action) {
        LevelGroup group = level == null ? null : level.group();
        if (group == null) {
            throw DomainException.invalid("DECLARATION_INVALID", "targetLevel", "请选择申报等级");
        }
        if (plan == null) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED, "PLAN_NOT_FOUND",
                    "本年度考评计划尚未发布，暂不能" + action.displayName());
        }
        Optional<RegistrationWindow> found = plan.window(group);
        if (found.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED, "WINDOW_CLOSED",
                    plan.getYear() + "年度未安排" + group.displayName() + "报名，无法" + action.displayName());
        }
        RegistrationWindow window = found.get();
        LocalDateTime now = now();
        if (now.isBefore(window.opensAt())) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED, "WINDOW_NOT_OPEN",
                    group.displayName() + "报名将于" + WHEN.format(window.opensAt()) + "开始，尚未开放，暂不能" + action.displayName());
        }
        if (now.isAfter(window.closesAt())) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED, "WINDOW_CLOSED",
                    group.displayName() + "报名已于" + WHEN.format(window.closesAt()) + "截止，系统已关闭，无法" + action.displayName());
        }
        return window;
    }
}
