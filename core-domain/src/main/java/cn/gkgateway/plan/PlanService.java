package cn.gkgateway.plan;

import cn.gkgateway.shared.ReferenceCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/** Finds the exam plan that governs a unit: the most specific plan of the year whose region covers it. */
@Service
public class PlanService {

    private final ExamPlans plans;
    private final Clock clock;
    private final ReferenceCache<String, Optional<ExamPlan>> cached;

    public PlanService(ExamPlans plans, Clock clock, @Value("${gk.reference-data.ttl:5s}") Duration referenceTtl) {
        this.plans = plans;
        this.clock = clock;
        this.cached = new ReferenceCache<>(referenceTtl, 1_000);
    }

    /**
     * {@link #planFor} from the reference cache (see {@link ReferenceCache} for how stale it may be): a detached plan
     * with its windows and rules (both eagerly loaded), to read, never to change.
     */
    @Transactional(readOnly = true)
    public Optional<ExamPlan> cachedPlanFor(int year, String regionCode) {
        return cached.get(year + ":" + regionCode, key -> planFor(year, regionCode));
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
