package cn.gkgateway.web;

import cn.gkgateway.review.ReviewStep;

import java.time.Instant;

/** A step of a request's review chain as the console shows it (roster imports, key-info changes, transfers). */
public record ReviewStepResponse(int stepNo, String name, String organisationName, String status, String decision, String reason,
                                 String reviewerName, Instant decidedAt) {

    public static ReviewStepResponse of(ReviewStep step) {
        return new ReviewStepResponse(step.getStepNo(), step.getName(), step.getOrganisationName(), step.getStatus().name(),
                step.getDecision() == null ? null : step.getDecision().displayName(), step.getReason(),
                step.getReviewerName(), step.getDecidedAt());
    }
}
