package cn.gkgateway.eligibility;

import java.util.Optional;

/**
 * One named rule of 资格校验. It answers nothing when the candidate passes, or a reason a
 * person can act on when not, and what would fix it.
 */
public interface EligibilityPolicy {

    /** Stable name, used as the rule code in error answers. */
    String name();

    Optional<String> reject(Candidate candidate);

    /** What the person can do about a rejection; asked only after {@link #reject} answered. */
    default String fix(Candidate candidate) {
        return null;
    }
}
