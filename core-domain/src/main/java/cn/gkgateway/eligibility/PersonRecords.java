package cn.gkgateway.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the roster holds about a person beyond the worker row, as the rules and the 合格库 check read it: the years
 * with continuing-education records, the latest integrity finding not revoked (by the person's ID-number hash, so it
 * follows them to another unit) and the qualification records. Read in one statement by {@link CandidateFactory#records}.
 */
public record PersonRecords(Set<Integer> trainingYears, LocalDate lastFinding, List<QualificationCheck.Held> qualifications) {

    public PersonRecords {
        trainingYears = Set.copyOf(trainingYears);
        qualifications = List.copyOf(qualifications);
    }

    /** The first day the person may declare again, when their latest finding still bars them on {@code day}. */
    public Optional<LocalDate> barredUntil(LocalDate day) {
        return IntegrityRecords.barredUntil(lastFinding, day);
    }
}
