package cn.gkgateway.declaration;

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
}
