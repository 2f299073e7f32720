package cn.gkgateway.roster;

import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubsetEntryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void aValidEntryIsNormalisedByFieldType() {
        Map<String, Object> values = SubsetEntryRules.check(Subset.TRAINING,
                Map.of("title", "  安全生产培训 ", "startedOn", "2025-03-01", "hours", "４０"), TODAY);
        assertThat(values).containsEntry("title", "安全生产培训").containsEntry("startedOn", LocalDate.of(2025, 3, 1))
                .containsEntry("hours", 40).containsEntry("organiser", null);
    }

    @Test
    void everyProblemOfAnEntryIsReportedAtOnce() {
        assertThatThrownBy(() -> SubsetEntryRules.check(Subset.QUALIFICATION,
                Map.of("route", "购买", "obtainedOn", "2027-01-01"), TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("SUBSET_ENTRY_INVALID");
                    assertThat(e.fieldProblems()).extracting(DomainException.FieldProblem::field)
                            .containsExactly("title", "route", "obtainedOn");
                    assertThat(e.fieldProblems().get(1).message()).contains("考试、评审");
                    assertThat(e.fieldProblems().get(2).message()).contains("不能晚于今天");
                });
    }

    @Test
    void yearsAndDatesOutsideTheirRangeOrFormAreRefused() {
        assertThatThrownBy(() -> SubsetEntryRules.check(Subset.ASSESSMENT, Map.of("year", "1949", "result", "优秀"), TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("1950");
        assertThatThrownBy(() -> SubsetEntryRules.check(Subset.POST, Map.of("post", "驾驶员", "startedOn", "2020/5/1"), TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("2020-05-01");
        assertThat(SubsetEntryRules.check(Subset.ASSESSMENT, Map.of("year", "2026", "result", "合格"), TODAY)).containsEntry("year", 2026);
    }

    @Test
    void controlCharactersAndOverlongTextAreRefused() {
        assertThatThrownBy(() -> SubsetEntryRules.check(Subset.REWARD, Map.of("kind", "奖励", "title", "先进\u202e个人"), TODAY))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SubsetEntryRules.check(Subset.REWARD, Map.of("kind", "奖励", "title", "长".repeat(101)), TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("100");
    }
}
