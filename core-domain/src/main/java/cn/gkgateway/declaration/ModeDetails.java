package cn.gkgateway.declaration;

/**
 * What a mode asks for besides the common fields: 破格 a reason (≤ 100 characters) and a proof
 * file, 转岗 the former post, 复核 the earlier result. Unused fields are null.
 */
public record ModeDetails(String reason, String formerPost, String earlierResult) {

    public static final int MAX_REASON = 100;
    public static final int MAX_FORMER_POST = 50;
    public static final int MAX_EARLIER_RESULT = 100;

    public static ModeDetails none() {
        return new ModeDetails(null, null, null);
    }
}
