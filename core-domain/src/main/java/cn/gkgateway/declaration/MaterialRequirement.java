package cn.gkgateway.declaration;

/**
 * What submitting a declaration needs from its materials: every required slot filled. Implemented by the
 * material feature, so that declarations do not depend on it.
 */
public interface MaterialRequirement {

    /** Refuses with {@code MATERIALS_MISSING}, naming every required slot that is still empty. */
    void requireComplete(Declaration declaration);
}
