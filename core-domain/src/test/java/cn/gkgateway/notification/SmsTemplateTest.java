package cn.gkgateway.notification;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsTemplateTest {

    @Test
    void rendersEveryVariable() {
        String text = SmsTemplate.REVIEW_REJECTED.render(Map.of("name", "王建国", "year", "2026", "workType", "闸门运行",
                "level", "四级/中级工", "step", "主管部门审核", "reason", "材料不全$1"));
        assertThat(text).isEqualTo("王建国您好，您申报的2026年度闸门运行四级/中级工未通过主管部门审核，原因：材料不全$1。如有疑问请联系单位经办人。");
    }

    @Test
    void aUnitsReturnedDeclarationTellsTheWorkerTheUnitResubmits() {
        String text = SmsTemplate.REVIEW_RETURNED_TO_UNIT.render(Map.of("name", "王建国", "year", "2026", "workType", "闸门运行",
                "level", "四级/中级工", "step", "主管部门审核", "reason", "缺少转岗证明"));
        assertThat(text).isEqualTo("王建国您好，您单位为您申报的2026年度闸门运行四级/中级工被主管部门审核退回补充材料，原因：缺少转岗证明。"
                + "单位经办人将在报名截止前补充后重新提交，如需提供材料请联系单位经办人。");
        assertThat(SmsTemplate.REVIEW_RETURNED.render(Map.of("name", "王建国", "year", "2026", "workType", "闸门运行",
                "level", "四级/中级工", "step", "主管部门审核", "reason", "缺少转岗证明"))).endsWith("请在报名截止前补充后重新提交。");
    }

    @Test
    void aMissingVariableIsOurError() {
        assertThatThrownBy(() -> SmsTemplate.REVIEW_APPROVED.render(Map.of("name", "王建国")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
    }
}
