package cn.gkgateway.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Finds the exam plan that governs a unit: the most specific plan of the year whose region covers it. */
@Service
public class PlanService {

    private final ExamPlans plans;
    private final Clock clock;

    public PlanService(ExamPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The plan of {@code year} for a unit in {@code regionCode}: a district plan before a city plan before a province plan. */
    @Transactional(readOnly = true)
    public Optional<ExamPlan> planFor(int year, String regionCode) {
        return plans.findByYearOrderByRegionCodeDesc(year).stream()
                .filter(plan -> regionCode.startsWith(significantPrefix(plan.getRegionCode())))
                .findFirst();
    }

    /** 320000 → "32", 321000 → "3210", 321012 → "321012". */
    static String significantPrefix(String regionCode) {
        if (regionCode.endsWith("0000")) {
            return regionCode.substring(0, 2);
        }
        if (regionCode.endsWith("00")) {
            return regionCode.substring(0, 4);
        }
        return regionCode;
    }
}
