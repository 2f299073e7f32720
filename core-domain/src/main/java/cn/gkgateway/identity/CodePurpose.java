package cn.gkgateway.identity;

/** What an SMS verification code is for; a code proves only its own purpose. */
public enum CodePurpose {
    /** An applicant signs in with the phone linked to their account. */
    SIGN_IN,
    /** A console account holder resets a forgotten password. */
    PASSWORD_RESET,
    /** The second factor after the password, for the roles that need one. */
    SECOND_FACTOR,
    /** A signed-in person proves the new phone they set in 个人设置 (the code goes to the new phone). */
    PHONE_CHANGE
}
