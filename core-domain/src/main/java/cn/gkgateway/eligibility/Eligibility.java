package cn.gkgateway.eligibility;

import org.springframework.stereotype.Service;

import java.util.List;

/** Runs every rule and reports every failure at once, each with its reason and fix, so a person can fix them all in one go. */
@Service
public class Eligibility {

    private final List<EligibilityPolicy> policies;

    public Eligibility(List<EligibilityPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    public List<RuleFailure> check(Candidate candidate) {
        return policies.stream()
                .flatMap(policy -> policy.reject(candidate)
                        .map(message -> new RuleFailure(policy.name(), message, policy.fix(candidate))).stream())
                .toList();
    }

    public List<String> ruleNames() {
        return policies.stream().map(EligibilityPolicy::name).toList();
    }
}
