package cn.gkgateway.notification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS templates registered with the gateway: a code and a Chinese text with ${name}
 * variables. The signature 【工考网关】 is added by the gateway, as SMS providers do.
 */
public enum SmsTemplate {
    REVIEW_APPROVED("GK_REVIEW_APPROVED",
            "${name}您好，您申报的${year}年度${workType}${level}已通过全部审核，请留意后续考核安排。"),
    REVIEW_REJECTED("GK_REVIEW_REJECTED",
            "${name}您好，您申报的${year}年度${workType}${level}未通过${step}，原因：${reason}。如有疑问请联系单位经办人。"),
    REVIEW_RETURNED("GK_REVIEW_RETURNED",
            "${name}您好，您申报的${year}年度${workType}${level}被${step}退回补充材料，原因：${reason}。请在报名截止前补充后重新提交。"),
    /** A unit's declaration returned: the unit's operator resubmits it, not the worker. */
    REVIEW_RETURNED_TO_UNIT("GK_REVIEW_RETURNED_UNIT",
            "${name}您好，您单位为您申报的${year}年度${workType}${level}被${step}退回补充材料，原因：${reason}。单位经办人将在报名截止前补充后重新提交，如需提供材料请联系单位经办人。"),
    /** A unit declared the worker (first submission): so that nobody is declared without knowing it. */
    DECLARED_BY_UNIT("GK_DECLARED_BY_UNIT",
            "${name}您好，${unit}已为您提交${year}年度${workType}${level}申报，现进入资格审查。如您不知情，请及时联系单位经办人或当地工考办。"),
    VERIFICATION_CODE("GK_VERIFICATION_CODE",
            "您的验证码为${code}，${minutes}分钟内有效，用于${purpose}。请勿将验证码告知他人。");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private final String code;
    private final String text;

    SmsTemplate(String code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The template registered under {@code code}. */
    public static SmsTemplate ofCode(String code) {
        for (SmsTemplate template : values()) {
            if (template.code.equals(code)) {
                return template;
            }
        }
        throw new IllegalArgumentException("unknown SMS template " + code);
    }

    public String code() {
        return code;
    }

    public String text() {
        return text;
    }

    /** Fills every variable; a missing one is an error of ours, not of the recipient's. */
    public String render(Map<String, String> params) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = params.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template " + code + " misses variable " + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
