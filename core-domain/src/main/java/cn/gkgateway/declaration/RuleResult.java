package cn.gkgateway.declaration;

/** One eligibility rule's result as reviewers see it: its code, its Chinese name, passed or why not. */
public record RuleResult(String rule, String name, boolean passed, String message) {
}
