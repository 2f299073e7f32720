package cn.gkgateway.eligibility;

/** A failed rule: its stable name, the reason in Chinese and what would fix it (null when nothing can). */
public record RuleFailure(String rule, String message, String fix) {

    public RuleFailure(String rule, String message) {
        this(rule, message, null);
    }
}
