package cn.gkgateway.rosterimport;

import cn.gkgateway.shared.Text;

import java.util.Arrays;
import java.util.Optional;

/** The columns of sheet 工勤人员 of the import template, in their order; headers match after removing all whitespace. */
public enum TemplateColumn {
    NAME("姓名"),
    ID_NUMBER("身份证号"),
    SEX("性别"),
    BIRTH_DATE("出生日期"),
    UNIT("单位"),
    WORK_TYPE("工种"),
    LEVEL("现等级"),
    LEVEL_YEAR("取得年份"),
    WORK_START("参加工作时间"),
    PHONE("手机号"),
    /** Optional: a file without this column is read as before (every row 在编). */
    ESTABLISHMENT("在编/编外", true);

    private final String header;
    private final boolean optional;

    TemplateColumn(String header) {
        this(header, false);
    }

    TemplateColumn(String header, boolean optional) {
        this.header = header;
        this.optional = optional;
    }

    /** Whether a file may leave the column out. */
    public boolean optional() {
        return optional;
    }

    public String header() {
        return header;
    }

    /** The column a header cell names (whitespace, NBSP and U+3000 ignored), if any. */
    public static Optional<TemplateColumn> ofHeader(String raw) {
        String key = Text.compact(raw);
        return Arrays.stream(values()).filter(column -> column.header.equals(key)).findFirst();
    }
}
