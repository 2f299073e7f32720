package cn.gkgateway.declaration;

/**
 * 资格审查 progress as the applicant's home states it: where the person stands this year and what to do next
 * (seed 004, step 6: "审核不通过提示需补充材料时，请在报名期间及时补充材料再次提交信息").
 */
public final class ApplicantProgress {

    private ApplicantProgress() {
    }

    /**
     * What to do next, given whether city and level are chosen and the newest declaration of this year (or null);
     * {@code currentStep} names the step under review, if any.
     */
    public static String nextStep(boolean chosen, Declaration latest, String currentStep) {
        if (latest == null) {
            return chosen ? "请填写报名信息并保存，核对无误后提交" : "请先阅读报名须知，再选择报名地市和申报级别";
        }
        boolean byUnit = latest.getAuthorKind() == AuthorKind.UNIT;
        return switch (latest.getStatus()) {
            case DRAFT -> byUnit ? "单位经办人正在为您准备申报，尚未提交" : "报名信息已保存，尚未提交：请上传材料，核对无误后点击“提交信息”";
            case UNDER_REVIEW -> "您的信息已提交，请耐心等待审核" + (currentStep == null ? "" : "（当前环节：" + currentStep + "）")
                    + (byUnit ? "" : "；尚未审核前可撤回");
            case RETURNED -> byUnit ? "审核退回补充：请联系单位经办人按审核意见补充后重新提交"
                    : "审核退回补充：请按审核意见修改报名信息或补充材料，并在报名截止前重新提交";
            case APPROVED -> "资格审查已通过，请留意准考证打印时间";
            case REJECTED -> "资格审查未通过，原因见审核意见；如有疑问请咨询当地工考办";
            case WITHDRAWN -> byUnit ? "单位已撤回该申报" : "您已撤回报名；报名期间可修改报名信息后重新提交";
        };
    }
}
