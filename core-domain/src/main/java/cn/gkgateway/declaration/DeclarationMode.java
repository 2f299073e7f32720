package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;

/**
 * 申报方式. 等级工 may be declared in every mode; 技师 and 高级技师 only 正常 or 破格 (seed 000).
 * Each mode says what the form must carry besides the common fields.
 */
public enum DeclarationMode {
    NORMAL("正常申报"),
    EXCEPTIONAL("破格申报"),
    POST_CHANGE("转岗申报"),
    RECHECK("复核申报"),
    VETERAN("退伍兵初定");

    private final String displayName;

    DeclarationMode(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether this mode may be used for {@code target}. */
    public boolean allowedFor(Level target) {
        if (target == null || target.group() == null) {
            return false;
        }
        return target.group() == LevelGroup.GRADE || this == NORMAL || this == EXCEPTIONAL;
    }
}
