package cn.gkgateway.declaration;

/** 年度考核结果 of a 工勤人员, as the 高级技师 declaration states it (seed 004: required, with its photo). */
public enum AnnualAssessment {
    EXCELLENT("优秀"), PASSED("合格"), BARELY_PASSED("基本合格"), FAILED("不合格");

    private final String displayName;

    AnnualAssessment(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
