package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrityAndQualificationTest {

    @Test
    void aTrainingRecordCountsForEveryYearItsDatesTouch() {
        assertThat(CandidateFactory.yearsTouched(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31))).containsExactly(2023);
        assertThat(CandidateFactory.yearsTouched(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1))).containsExactlyInAnyOrder(2023, 2024);
        assertThat(CandidateFactory.yearsTouched(null, LocalDate.of(2025, 1, 1))).containsExactly(2025);
        assertThat(CandidateFactory.yearsTouched(null, null)).isEmpty();
    }

    @Test
    void certificateTitlesNameTheirLevel() {
        assertThat(QualificationCheck.levelOf("一级/高级技师（电工）")).isEqualTo(Level.SENIOR_TECHNICIAN);
        assertThat(QualificationCheck.levelOf("技师")).isEqualTo(Level.TECHNICIAN);
        assertThat(QualificationCheck.levelOf("三级/高级工")).isEqualTo(Level.SENIOR);
        assertThat(QualificationCheck.levelOf("中级工")).isEqualTo(Level.INTERMEDIATE);
        assertThat(QualificationCheck.levelOf("五级/初级工")).isEqualTo(Level.JUNIOR);
        assertThat(QualificationCheck.levelOf("驾驶证")).isEqualTo(Level.NONE);
    }

    @Test
    void warningsCarryTheSeedsText() {
        List<QualificationCheck.Held> held = List.of(new QualificationCheck.Held("五级/初级工", LocalDate.of(2016, 6, 1), "FW01"));
        assertThat(QualificationCheck.compare(held, Level.JUNIOR, 2016, "FW01")).isEmpty();
        assertThat(QualificationCheck.compare(held, Level.JUNIOR, 2017, "FW01")).extracting(QualificationCheck.Warning::message)
                .containsExactly("现岗位等级取得时间与合格库信息不符，是否确认报考");
        assertThat(QualificationCheck.compare(held, Level.JUNIOR, 2016, "SL01")).extracting(QualificationCheck.Warning::message)
                .containsExactly("现岗位工种与合格库信息不符，是否确认报考");
        assertThat(QualificationCheck.compare(held, Level.INTERMEDIATE, 2018, "FW01")).extracting(QualificationCheck.Warning::kind)
                .containsExactly(QualificationCheck.Kind.LEVEL);
        assertThat(QualificationCheck.compare(held, Level.NONE, null, "SL01")).isEmpty();
        // nothing on record: nothing to differ from
        assertThat(QualificationCheck.compare(List.of(), Level.JUNIOR, 2016, "FW01")).isEmpty();
    }
}
