package cn.gkgateway.catalog;

/** Levels that share registration windows and scopes: 等级工 (五、四、三级), 技师, 高级技师. */
public enum LevelGroup {
    GRADE("等级工"),
    TECHNICIAN("技师"),
    SENIOR_TECHNICIAN("高级技师");

    private final String displayName;

    LevelGroup(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
