package cn.gkgateway.web.declaration;

import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.DeclarationStatus;
import cn.gkgateway.declaration.DeclarationView;
import cn.gkgateway.review.Decision;
import cn.gkgateway.review.ReviewStep;
import cn.gkgateway.review.StepStatus;

import java.time.Instant;
import java.util.List;

/** A declaration with its review steps (every round), as the pages show it. */
record DeclarationResponse(Long id, int year, Long workerId, String workerName, String workerIdNumber, Long unitId, String unitName,
                           String targetLevel, String targetLevelName, String workTypeCode, String workTypeName,
                           String mode, String modeName, String modeReason, String formerPost, String earlierResult,
                           String status, String statusName, String currentStepName,
                           String authorKind, int round, boolean editable, boolean withdrawable,
                           String contactName, String contactPhone, Instant commitmentAcceptedAt, Instant createdAt,
                           Instant submittedAt, Instant decidedAt, Instant qualificationConfirmedAt, List<Step> steps) {

    record Step(int round, int stepNo, String name, String organisationName, StepStatus status, String statusName, Decision decision,
                String decisionName, String reason, String reviewerName, Instant decidedAt) {

        static Step of(ReviewStep step) {
            return new Step(step.getRound(), step.getStepNo(), step.getName(), step.getOrganisationName(), step.getStatus(),
                    step.getStatus().displayName(), step.getDecision(),
                    step.getDecision() == null ? null : step.getDecision().displayName(), step.getReason(),
                    step.getReviewerName(), step.getDecidedAt());
        }
    }

    static DeclarationResponse of(DeclarationView view) {
        Declaration d = view.declaration();
        boolean withdrawable = d.getStatus() == DeclarationStatus.UNDER_REVIEW && view.steps().stream()
                .filter(step -> step.getRound() == d.getRound()).noneMatch(step -> step.getDecision() != null);
        return new DeclarationResponse(d.getId(), d.getYear(), d.getWorkerId(), view.workerName(),
                view.workerIdNumberMasked(), d.getUnitId(), view.unitName(), d.getTargetLevel().name(),
                d.getTargetLevel().displayName(), d.getWorkTypeCode(), view.workTypeName(),
                d.getMode().name(), d.getMode().displayName(), d.getModeReason(), d.getFormerPost(), d.getEarlierResult(),
                d.getStatus().name(), d.getStatus().displayName(), view.currentStepName(),
                d.getAuthorKind().name(), d.getRound(), d.editable(), withdrawable,
                d.getContactName(), d.getContactPhoneMasked(), d.getCommitmentAcceptedAt(), d.getCreatedAt(),
                d.getSubmittedAt(), d.getDecidedAt(), d.getQualificationConfirmedAt(), view.steps().stream().map(Step::of).toList());
    }
}
