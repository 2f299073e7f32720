package cn.gkgateway.declaration;

/** Who wrote a declaration and so may edit, submit, resubmit or withdraw it. */
public enum AuthorKind {
    /** A unit operator, for the unit's worker (单位批量申报). */
    UNIT,
    /** The applicant, for themselves (个人网上报名). */
    APPLICANT
}
