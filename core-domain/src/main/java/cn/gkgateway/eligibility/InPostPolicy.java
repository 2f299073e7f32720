package cn.gkgateway.eligibility;

import cn.gkgateway.roster.WorkerStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * In post at the plan's cut-off (技师/等级工: the plan year's end; 高级技师: 31 May of the next year): on the
 * roster as 在岗, and not yet at the statutory retirement age on that day (workers: men 60, women 50, each
 * raised by the 2025 reform — men born from 1965 one month per four months of birth up to 36 months, women
 * workers born from 1975 one month per two months up to 60 months).
 */
@Component
@Order(6)
public class InPostPolicy implements EligibilityPolicy {

    @Override
    public String name() {
        return "in-post";
    }

    @Override
    public Optional<String> reject(Candidate candidate) {
        LocalDate cutoff = candidate.inPostCutoff();
        if (candidate.status() != null && candidate.status() != WorkerStatus.ACTIVE) {
            return Optional.of("该人员名册状态为" + candidate.status().displayName() + "，须在" + cutoff + "仍在职在岗");
        }
        if (candidate.birthDate() != null && candidate.sex() != null) {
            LocalDate retires = retirementDate(candidate.birthDate(), candidate.sex());
            if (!retires.isAfter(cutoff)) {
                return Optional.of("该人员将于" + retires + "达到退休年龄，" + cutoff + "时已不在职在岗");
            }
        }
        return Optional.empty();
    }

    @Override
    public String fix(Candidate candidate) {
        return "须在" + candidate.inPostCutoff() + "仍在职在岗；如名册状态或出生日期有误，请先更正名册";
    }

    /** The day the person reaches the statutory retirement age. */
    static LocalDate retirementDate(LocalDate birth, String sex) {
        boolean woman = "女".equals(sex);
        int base = woman ? 50 : 60;
        int reformFrom = woman ? 1975 : 1965;
        int monthsPerDelay = woman ? 2 : 4;
        int maxDelay = woman ? 60 : 36;
        int monthsAfter = (birth.getYear() - reformFrom) * 12 + birth.getMonthValue() - 1;
        int delay = monthsAfter < 0 ? 0 : Math.min(maxDelay, monthsAfter / monthsPerDelay + 1);
        return birth.plusYears(base).plusMonths(delay);
    }
}
