package cn.gkgateway.web.declaration;

import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.DeclarationView;
import cn.gkgateway.review.Decision;
import cn.gkgateway.review.ReviewStep;
import cn.gkgateway.review.StepStatus;

import java.time.Instant;
import java.util.List;

/** A declaration with its review steps, as the pages show it. */
record DeclarationResponse(Long id, int year, Long workerId, String workerName, String workerIdNumber, String unitName,
                           String targetLevel, String targetLevelName, String workTypeCode, String workTypeName,
                           String mode, String modeName, String status, String statusName, String currentStepName,
                           String contactName, String contactPhone, Instant submittedAt, Instant decidedAt, List<Step> steps) {

    record Step(int stepNo, String name, String organisationName, StepStatus status, String statusName, Decision decision,
                String decisionName, String reason, String reviewerName, Instant decidedAt) {

        static Step of(ReviewStep step) {
            return new Step(step.getStepNo(), step.getName(), step.getOrganisationName(), step.getStatus(),
                    step.getStatus().displayName(), step.getDecision(),
                    step.getDecision() == null ? null : step.getDecision().displayName(), step.getReason(),
                    step.getReviewerName(), step.getDecidedAt());
        }
    }

    static DeclarationResponse of(DeclarationView view) {
        Declaration declaration = view.declaration();
        return new DeclarationResponse(declaration.getId(), declaration.getYear(), declaration.getWorkerId(), view.workerName(),
                view.workerIdNumberMasked(), view.unitName(), declaration.getTargetLevel().name(),
                declaration.getTargetLevel().displayName(), declaration.getWorkTypeCode(), view.workTypeName(),
                declaration.getMode().name(), declaration.getMode().displayName(), declaration.getStatus().name(),
                declaration.getStatus().displayName(), view.currentStepName(), declaration.getContactName(),
                declaration.getContactPhoneMasked(), declaration.getSubmittedAt(), declaration.getDecidedAt(),
                view.steps().stream().map(Step::of).toList());
    }
}
