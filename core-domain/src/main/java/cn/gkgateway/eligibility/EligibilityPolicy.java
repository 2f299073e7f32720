package cn.gkgateway.eligibility;

import java.util.Optional;

/**
 * One named rule of 资格校验. It answers nothing when the candidate passes, or a reason a
 * person can act on when not.
 */
public interface EligibilityPolicy {

    /** Stable name, used as the rule code in error answers. */
    String name();

    Optional<String> reject(Candidate candidate);
}
