package cn.gkgateway.plan;

import cn.gkgateway.catalog.LevelGroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What is open now and what comes next for a region: the governing plans of this year and the next. */
@Service
public class PlanDeadlines {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public enum State { OPEN, UPCOMING, CLOSED }

    public record Deadline(long planId, int year, String planName, String planRegionCode, LevelGroup levelGroup,
                           LocalDateTime opensAt, LocalDateTime closesAt, LocalDate inPostCutoff, LocalDate examOn,
                           LocalDateTime admitCardFrom, LocalDateTime resultsAt, State state, long daysLeft) {
    }

    private final PlanService plans;
    private final Clock clock;

    public PlanDeadlines(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** Open windows first (closing soonest first), then upcoming ones, then this year's closed ones. */
    @Transactional(readOnly = true)
    public List<Deadline> forRegion(String regionCode) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZONE));
        List<Deadline> result = new ArrayList<>();
        for (int year = now.getYear(); year <= now.getYear() + 1; year++) {
            plans.planFor(year, regionCode).ifPresent(plan -> plan.getWindows().forEach(window -> {
                State state = window.isOpenAt(now) ? State.OPEN : now.isBefore(window.opensAt()) ? State.UPCOMING : State.CLOSED;
                long daysLeft = state == State.OPEN
                        ? java.time.temporal.ChronoUnit.DAYS.between(now.toLocalDate(), window.closesAt().toLocalDate()) : 0;
                result.add(new Deadline(plan.getId(), plan.getYear(), plan.getName(), plan.getRegionCode(), window.getLevelGroup(),
                        window.opensAt(), window.closesAt(), window.getInPostCutoff(), window.getExamOn(),
                        wall(window.getAdmitCardFrom()), wall(window.getResultsAt()), state, daysLeft));
            }));
        }
        result.sort(Comparator.comparing((Deadline d) -> d.state().ordinal())
                .thenComparing(d -> d.state() == State.CLOSED ? d.closesAt().toLocalDate().toEpochDay() * -1 : d.closesAt().toLocalDate().toEpochDay())
                .thenComparing(d -> d.levelGroup().ordinal()));
        return result;
    }

    static LocalDateTime wall(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }
}
