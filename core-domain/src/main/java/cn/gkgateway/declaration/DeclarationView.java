package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.review.ReviewStep;

import java.time.Instant;
import java.util.List;

/** A declaration as people read it: names resolved, personal data masked, its review steps in order. */
public record DeclarationView(Declaration declaration, String workerName, String workerIdNumberMasked,
                              String unitName, String workTypeName, List<ReviewStep> steps) {

    public Long id() {
        return declaration.getId();
    }

    public Level targetLevel() {
        return declaration.getTargetLevel();
    }

    public Instant submittedAt() {
        return declaration.getSubmittedAt();
    }

    /** The name of the step now awaiting a decision, or null when the chain has ended. */
    public String currentStepName() {
        return steps.stream().filter(step -> step.getStatus() == cn.gkgateway.review.StepStatus.PENDING)
                .map(ReviewStep::getName).findFirst().orElse(null);
    }
}
