package cn.gkgateway.review;

/** The decided step and where the chain stands now. */
public record StepDecided(ReviewStep step, ChainOutcome outcome) {
}
