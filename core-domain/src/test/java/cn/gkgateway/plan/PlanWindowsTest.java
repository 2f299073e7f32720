package cn.gkgateway.plan;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanWindowsTest {

    private static final ExamPlan PLAN = new ExamPlan(2026, "320000", "2026年度", List.of(
            new RegistrationWindow(LevelGroup.GRADE, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 31)),
            new RegistrationWindow(LevelGroup.TECHNICIAN, LocalDateTime.of(2026, 7, 1, 9, 0), LocalDateTime.of(2026, 7, 31, 17, 30),
                    LocalDate.of(2026, 12, 31), LocalDate.of(2026, 8, 15), null, null)));

    private static PlanWindows at(String shanghai) {
        // the gateway's clock may be in any zone: wall time is always taken in Asia/Shanghai
        return new PlanWindows(Clock.fixed(OffsetDateTime.parse(shanghai + "+08:00").toInstant(), ZoneId.of("UTC")));
    }

    @Test
    void openFromTheFirstSecondToTheLast() {
        assertThat(at("2026-08-01T00:00:00").isOpen(PLAN, Level.INTERMEDIATE)).isTrue();
        assertThat(at("2026-07-31T23:59:59").isOpen(PLAN, Level.INTERMEDIATE)).isFalse();
        assertThat(at("2026-08-31T23:59:59").isOpen(PLAN, Level.INTERMEDIATE)).isTrue();
        assertThat(at("2026-09-01T00:00:00").isOpen(PLAN, Level.INTERMEDIATE)).isFalse();
        assertThat(at("2026-07-31T17:30:00").isOpen(PLAN, Level.TECHNICIAN)).isTrue();
        assertThat(at("2026-07-31T17:30:01").isOpen(PLAN, Level.TECHNICIAN)).isFalse();
    }

    @Test
    void oneSecondAfterTheCloseIsRefusedWithTheClosingTime() {
        assertThat(at("2026-08-31T23:59:59").requireOpen(PLAN, Level.JUNIOR, PlanWindows.Action.SUBMIT).getLevelGroup())
                .isEqualTo(LevelGroup.GRADE);
        assertThatThrownBy(() -> at("2026-09-01T00:00:00").requireOpen(PLAN, Level.JUNIOR, PlanWindows.Action.RESUBMIT))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "WINDOW_CLOSED")
                .hasMessage("等级工报名已于2026年8月31日 23:59截止，系统已关闭，无法重新提交");
        assertThatThrownBy(() -> at("2026-07-01T08:59:59").requireOpen(PLAN, Level.TECHNICIAN, PlanWindows.Action.SUBMIT))
                .hasFieldOrPropertyWithValue("code", "WINDOW_NOT_OPEN").hasMessageContaining("2026年7月1日 09:00开始");
        assertThatThrownBy(() -> at("2026-08-15T10:00:00").requireOpen(PLAN, Level.SENIOR_TECHNICIAN, PlanWindows.Action.WITHDRAW))
                .hasFieldOrPropertyWithValue("code", "WINDOW_CLOSED").hasMessage("2026年度未安排高级技师报名，无法撤回");
        assertThatThrownBy(() -> at("2026-08-15T10:00:00").requireOpen(null, Level.JUNIOR, PlanWindows.Action.SUBMIT))
                .hasFieldOrPropertyWithValue("code", "PLAN_NOT_FOUND");
    }

    @Test
    void defaultsFollowTheNotice() {
        List<RegistrationWindow> windows = PlanDefaults.windows(2027);
        assertThat(windows).extracting(RegistrationWindow::getLevelGroup)
                .containsExactly(LevelGroup.TECHNICIAN, LevelGroup.GRADE, LevelGroup.SENIOR_TECHNICIAN);
        assertThat(windows.get(0).closesAt()).isEqualTo(LocalDateTime.of(2027, 7, 31, 23, 59, 59));
        assertThat(windows.get(0).getExamOn()).isEqualTo(LocalDate.of(2027, 8, 15));
        assertThat(windows.get(2).getInPostCutoff()).isEqualTo(LocalDate.of(2028, 5, 31));
    }
}
