package cn.gkgateway.review;

/** One step of a chain as planned: its name and the organisation that decides it. */
public record StepDefinition(String name, long organisationId, String organisationName) {
}
