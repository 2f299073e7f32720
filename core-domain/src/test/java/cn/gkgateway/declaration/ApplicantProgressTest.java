package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.review.ChainOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicantProgressTest {

    private static Declaration declaration(AuthorKind author) {
        return new Declaration(2026, 1L, 2L, "h", Level.INTERMEDIATE, "FW01", DeclarationMode.NORMAL, ModeDetails.none(), author,
                Instant.EPOCH, 3L);
    }

    @Test
    void eachStageSaysWhatToDoNext() {
        assertThat(ApplicantProgress.nextStep(false, null, null)).contains("报名须知");
        assertThat(ApplicantProgress.nextStep(true, null, null)).contains("填写报名信息");
        Declaration own = declaration(AuthorKind.APPLICANT);
        assertThat(ApplicantProgress.nextStep(true, own, null)).contains("提交信息");
        own.submit(new Declaration.Contact("王建国", "c", "138****8000"), Instant.EPOCH, 3L);
        assertThat(ApplicantProgress.nextStep(true, own, "主管部门审核")).contains("等待审核").contains("主管部门审核").contains("撤回");
        own.follow(ChainOutcome.RETURNED, 1, Instant.EPOCH);
        assertThat(ApplicantProgress.nextStep(true, own, null)).contains("退回补充").contains("重新提交");
    }

    @Test
    void aUnitsDeclarationIsFixedByTheUnit() {
        Declaration byUnit = declaration(AuthorKind.UNIT);
        byUnit.submit(new Declaration.Contact("陈红梅", "c", "138****8000"), Instant.EPOCH, 3L);
        byUnit.follow(ChainOutcome.RETURNED, 1, Instant.EPOCH);
        assertThat(ApplicantProgress.nextStep(false, byUnit, null)).contains("单位经办人");
    }
}
