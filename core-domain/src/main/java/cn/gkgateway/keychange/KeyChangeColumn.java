package cn.gkgateway.keychange;

import cn.gkgateway.shared.Text;

import java.util.Arrays;
import java.util.Optional;

/** The columns of the 关键信息修改 sheet, in their order; headers match after removing all whitespace. */
public enum KeyChangeColumn {
    WORKER_ID("人员编号"),
    NAME("姓名"),
    ID_NUMBER("身份证号"),
    WORK_TYPE("工种"),
    LEVEL("现等级"),
    LEVEL_YEAR("取得年份");

    private final String header;

    KeyChangeColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static Optional<KeyChangeColumn> ofHeader(String raw) {
        String key = Text.compact(raw);
        return Arrays.stream(values()).filter(column -> column.header.equals(key)).findFirst();
    }
}
