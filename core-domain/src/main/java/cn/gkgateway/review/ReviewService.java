package cn.gkgateway.review;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs review chains: starts one for a subject, and records a decision on the current step.
 * Only the organisation that owns the pending step may decide it; a reject or a return ends
 * the chain, an approval passes it to the next step.
 */
@Service
public class ReviewService {

    private static final int MAX_REASON = 500;

    private final ReviewSteps steps;
    private final Clock clock;

    private final JdbcTemplate jdbc;

    public ReviewService(ReviewSteps steps, Clock clock, JdbcTemplate jdbc) {
        this.steps = steps;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Writes the chain's steps in one multi-row INSERT (submission is the hot path: one statement instead of one per
     * step, which JPA cannot batch with IDENTITY keys). The steps returned are the ones written, for the caller's
     * answer; they are not managed by the persistence context (read them again to change them).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReviewStep> start(String subjectType, long subjectId, List<StepDefinition> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a review chain needs at least one step");
        }
        List<ReviewStep> started = new ArrayList<>(chain.size());
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            ReviewStep step = new ReviewStep(subjectType, subjectId, i + 1, chain.get(i), i == 0 ? StepStatus.PENDING : StepStatus.WAITING);
            started.add(step);
            args.addAll(List.of(subjectType, subjectId, step.getRound(), step.getStepNo(), step.getName(), step.getOrganisationId(),
                    step.getOrganisationName(), step.getStatus().name()));
        }
        jdbc.update("INSERT INTO review_step (subject_type, subject_id, review_round, step_no, name, organisation_id,"
                + " organisation_name, status, version) VALUES "
                + String.join(", ", Collections.nCopies(chain.size(), "(?, ?, ?, ?, ?, ?, ?, ?, 0)")), args.toArray());
        return started;
    }

    /**
     * Starts round {@code round} of a returned subject's chain at step {@code fromStepNo}: the
     * steps from the returning one onward are copied from the previous round (same names and
     * organisations), the first of them pending. Earlier rounds stay as they were decided.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReviewStep> resume(String subjectType, long subjectId, int round, int fromStepNo) {
        List<ReviewStep> previous = steps.findBySubjectTypeAndSubjectIdOrderByRoundAscStepNoAsc(subjectType, subjectId).stream()
                .filter(step -> step.getRound() == round - 1 && step.getStepNo() >= fromStepNo).toList();
        if (previous.isEmpty()) {
            throw new IllegalStateException(subjectType + " " + subjectId + " has no round " + (round - 1) + " from step " + fromStepNo);
        }
        List<ReviewStep> resumed = new ArrayList<>(previous.size());
        for (ReviewStep step : previous) {
            resumed.add(steps.save(new ReviewStep(subjectType, subjectId, round, step.getStepNo(), step.definition(),
                    resumed.isEmpty() ? StepStatus.PENDING : StepStatus.WAITING)));
        }
        return resumed;
    }

    /** Whether no step of the subject's round {@code round} has been decided yet (so it may still be withdrawn). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean undecided(String subjectType, long subjectId, int round) {
        return steps.findBySubjectTypeAndSubjectIdOrderByRoundAscStepNoAsc(subjectType, subjectId).stream()
                .filter(step -> step.getRound() == round).noneMatch(step -> step.getDecision() != null);
    }

    /** Closes the subject's open steps (the subject was withdrawn). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeOpen(String subjectType, long subjectId) {
        steps.findBySubjectTypeAndSubjectIdOrderByRoundAscStepNoAsc(subjectType, subjectId).stream()
                .filter(step -> step.getStatus() == StepStatus.PENDING || step.getStatus() == StepStatus.WAITING)
                .forEach(ReviewStep::close);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public StepDecided decide(Caller reviewer, String subjectType, long subjectId, Decision decision, String reason) {
        if (decision == null) {
            throw DomainException.invalid("REVIEW_DECISION_REQUIRED", "decision", "请选择审核结果：通过、不通过或退回补充");
        }
        String trimmed = reason == null ? null : Text.strip(reason);
        if (trimmed != null && Text.hasForbiddenCharacters(trimmed, true)) {
            throw DomainException.invalid("TEXT_CONTROL_CHARACTERS", "reason", "审核意见含有不可见的控制字符或格式字符，请删除后重新输入");
        }
        if (decision.needsReason() && (trimmed == null || trimmed.isEmpty())) {
            throw DomainException.invalid("REVIEW_REASON_REQUIRED", "reason", "审核" + decision.displayName() + "时请填写审核意见");
        }
        if (trimmed != null && trimmed.codePointCount(0, trimmed.length()) > MAX_REASON) {
            throw DomainException.invalid("REVIEW_REASON_TOO_LONG", "reason", "审核意见不能超过" + MAX_REASON + "个字");
        }
        List<ReviewStep> chain = steps.findBySubjectTypeAndSubjectIdOrderByStepNoAsc(subjectType, subjectId);
        ReviewStep current = chain.stream().filter(step -> step.getStatus() == StepStatus.PENDING).findFirst()
                .filter(step -> reviewer.organisationId() != null && step.getOrganisationId() == reviewer.organisationId())
                .orElseThrow(() -> DomainException.conflict("REVIEW_NOT_YOUR_STEP", "该申报当前不在本单位的审核环节，可能已被审核，请刷新后查看"));
        current.decide(decision, trimmed == null || trimmed.isEmpty() ? null : trimmed,
                reviewer.accountId(), reviewer.displayName(), clock.instant());
        List<ReviewStep> later = chain.stream()
                .filter(step -> step.getRound() == current.getRound() && step.getStepNo() > current.getStepNo())
                .sorted(java.util.Comparator.comparingInt(ReviewStep::getStepNo)).toList();
        if (decision != Decision.APPROVE) {
            later.forEach(ReviewStep::close);
            return new StepDecided(current, decision == Decision.REJECT ? ChainOutcome.REJECTED : ChainOutcome.RETURNED);
        }
        if (later.isEmpty()) {
            return new StepDecided(current, ChainOutcome.APPROVED);
        }
        later.get(0).activate();
        return new StepDecided(current, ChainOutcome.ADVANCED);
    }

    @Transactional(readOnly = true)
    public long countPendingFor(String subjectType, long organisationId) {
        return steps.countPending(subjectType, organisationId);
    }

    @Transactional(readOnly = true)
    public List<Long> pendingFor(String subjectType, long organisationId) {
        return steps.findPendingSubjectIds(subjectType, organisationId);
    }
}
