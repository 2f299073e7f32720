package cn.gkgateway.catalog;

/** 技术等级, lowest first; {@link #NONE} (未定级) is a current level only, never a target. */
public enum Level {
    NONE("未定级", null),
    JUNIOR("五级/初级工", LevelGroup.GRADE),
    INTERMEDIATE("四级/中级工", LevelGroup.GRADE),
    SENIOR("三级/高级工", LevelGroup.GRADE),
    TECHNICIAN("二级/技师", LevelGroup.TECHNICIAN),
    SENIOR_TECHNICIAN("一级/高级技师", LevelGroup.SENIOR_TECHNICIAN);

    private final String displayName;
    private final LevelGroup group;

    Level(String displayName, LevelGroup group) {
        this.displayName = displayName;
        this.group = group;
    }

    public String displayName() {
        return displayName;
    }

    public LevelGroup group() {
        return group;
    }

    public boolean isAbove(Level other) {
        return ordinal() > other.ordinal();
    }
}
