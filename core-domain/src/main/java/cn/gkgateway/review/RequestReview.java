package cn.gkgateway.review;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * What every request an exam office decides through a review chain shares (roster imports, key-info
 * changes, transfers): the start of its chain, the list a unit or a reviewer sees, and the decision, whose
 * chain outcome becomes the request's.
 */
@Component
public class RequestReview {

    /** A request as its review sees it. */
    public interface Reviewed {
        /** Whether its chain is running (so a step may be decided). */
        boolean underReview();

        /** Takes the outcome that ended its chain: APPROVED, REJECTED or RETURNED, decided at {@code at}. */
        void decided(ChainOutcome outcome, Instant at);
    }

    private final ReviewService reviews;
    private final Clock clock;

    RequestReview(ReviewService reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Starts the review chain of a request just submitted: its first step is pending. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(String subjectType, long subjectId, List<StepDefinition> chain) {
        reviews.start(subjectType, subjectId, chain);
    }

    /**
     * A unit operator's own requests ({@code ownUnit} of the caller's organisation), or those waiting for an exam
     * office's decision ({@code byIds} of the pending subjects, never called with none).
     */
    public <T> List<T> list(Caller caller, String subjectType, Function<Long, List<T>> ownUnit, Function<List<Long>, List<T>> byIds) {
        caller.require(Role.UNIT_OPERATOR, Role.EXAM_OFFICE);
        if (caller.is(Role.UNIT_OPERATOR)) {
            return ownUnit.apply(caller.organisationId());
        }
        List<Long> pending = reviews.pendingFor(subjectType, caller.organisationId());
        return pending.isEmpty() ? List.of() : byIds.apply(pending);
    }

    /**
     * Records the caller's decision on the pending step of {@code request} (not under review: REVIEW_NOT_YOUR_STEP,
     * "该{what}当前不在审核中"). On the last approval {@code approve} runs first (it may still refuse, which rolls the
     * decision back) and then the request is approved; a rejection or a return ends it at once; an approval that
     * passes the chain on leaves it under review.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decide(Caller caller, String subjectType, long subjectId, Reviewed request, String what, Decision decision,
                       String reason, Runnable approve) {
        if (!request.underReview()) {
            throw DomainException.conflict("REVIEW_NOT_YOUR_STEP", "该" + what + "当前不在审核中，请刷新后查看");
        }
        ChainOutcome outcome = reviews.decide(caller, subjectType, subjectId, decision, reason).outcome();
        if (outcome == ChainOutcome.APPROVED) {
            approve.run();
        }
        if (outcome != ChainOutcome.ADVANCED) {
            request.decided(outcome, clock.instant());
        }
    }
}
