package cn.gkgateway.eligibility;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * 继续教育: a training record on the roster in each of the years before the plan year that the rule table asks
 * for (seed 003: "继续教育需提供2018、2019两年的培训证明" for 2020). A record counts for every year its dates touch.
 */
@Component
@Order(7)
public class ContinuingEducationPolicy implements EligibilityPolicy {

    @Override
    public String name() {
        return "continuing-education";
    }

    @Override
    public Optional<String> reject(Candidate candidate) {
        List<Integer> missing = missing(candidate);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("缺少" + years(missing) + "年度的继续教育（培训）记录");
    }

    @Override
    public String fix(Candidate candidate) {
        return "请在名册的“继续教育及培训”中补录" + years(missing(candidate)) + "年度的培训记录，并上传培训证明";
    }

    private static List<Integer> missing(Candidate candidate) {
        if (candidate.trainingYears() == null) {
            return List.of();
        }
        int required = candidate.rule().getTrainingYears();
        return IntStream.rangeClosed(1, required).map(back -> candidate.planYear() - back).sorted().boxed()
                .filter(year -> !candidate.trainingYears().contains(year)).toList();
    }

    private static String years(List<Integer> years) {
        return String.join("、", years.stream().map(String::valueOf).toList());
    }
}
