package cn.gkgateway.declaration;

import cn.gkgateway.shared.DomainException.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeniorExtrasFormTest {

    private final List<FieldProblem> problems = new ArrayList<>();

    private SeniorExtrasForm form(String assessment, String resume, String rewards, String achievements, List<Integer> conditions,
                                  String title) {
        return SeniorExtrasForm.of(new SeniorExtrasForm.Request(assessment, resume, rewards, achievements, conditions, title), problems);
    }

    @Test
    void aCompleteFormIsTrimmedKeepsLineBreaksAndSortsTheConditions() {
        SeniorExtrasForm form = form("excellent", "  2001-2010 某局 电工\r\n2010至今 某局 电工班长  ", "无", "主持泵站电气改造",
                Arrays.asList(3, 1, 3), " 浅谈电工安全 ");
        assertThat(problems).isEmpty();
        assertThat(form.annualAssessment()).isEqualTo(AnnualAssessment.EXCELLENT);
        assertThat(form.resume()).isEqualTo("2001-2010 某局 电工\n2010至今 某局 电工班长");
        assertThat(form.claimedConditions()).containsExactly(1, 3);
        assertThat(form.thesisTitle()).isEqualTo("浅谈电工安全");
        assertThat(SeniorExtrasForm.missing(form.annualAssessment(), form.resume(), form.rewardsPenalties(), form.achievements(),
                form.thesisTitle())).isEmpty();
    }

    @Test
    void aDraftMayBeEmptyButSubmissionNamesEveryMissingItem() {
        SeniorExtrasForm form = form(null, " ", null, "", null, null);
        assertThat(problems).isEmpty();
        assertThat(SeniorExtrasForm.missing(form.annualAssessment(), form.resume(), form.rewardsPenalties(), form.achievements(),
                form.thesisTitle())).extracting(item -> item.substring(0, item.indexOf(':')))
                .containsExactly("annualAssessment", "resume", "rewardsPenalties", "achievements", "thesisTitle");
    }

    @Test
    void everyWrongFieldIsReportedAtOnceInChineseAndNothingIsKept() {
        SeniorExtrasForm form = form("GOOD", "简".repeat(SeniorExtrasForm.MAX_RESUME + 1), "奖\u202E惩", "业绩",
                List.of(0, 9), "论文：a/b");
        assertThat(form).isNull();
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("annualAssessment", "resume", "rewardsPenalties", "claimedConditions", "thesisTitle");
        assertThat(problems).extracting(FieldProblem::message).allMatch(message -> message.codePoints().anyMatch(c -> c >= 0x4E00));
        assertThat(problems.get(1).message()).isEqualTo("学习工作简历不能超过2000个字");
        assertThat(problems.get(4).code()).isEqualTo("THESIS_TITLE_INVALID");
    }

    @Test
    void theBoundsAreInclusiveAndTheTitleLeavesRoomForTheExtension() {
        form("PASSED", "简".repeat(SeniorExtrasForm.MAX_RESUME), "奖".repeat(SeniorExtrasForm.MAX_REWARDS),
                "绩".repeat(SeniorExtrasForm.MAX_ACHIEVEMENTS), List.of(8), "题".repeat(SeniorExtrasForm.MAX_THESIS_TITLE));
        assertThat(problems).isEmpty();
        form("PASSED", null, null, null, List.of(), "题".repeat(SeniorExtrasForm.MAX_THESIS_TITLE + 1));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("thesisTitle");
        assertThat(SeniorExtrasForm.MAX_THESIS_TITLE + ".docx".length()).isLessThanOrEqualTo(100);
    }
}
