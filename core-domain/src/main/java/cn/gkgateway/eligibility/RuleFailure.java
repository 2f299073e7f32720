package cn.gkgateway.eligibility;

public record RuleFailure(String rule, String message) {
}
