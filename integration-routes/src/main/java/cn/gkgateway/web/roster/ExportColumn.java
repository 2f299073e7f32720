package cn.gkgateway.web.roster;

import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.roster.WorkerRow;

import java.util.function.Function;

/**
 * The columns a roster export may hold, in their order on the sheet. ID number and phone are
 * written in full only when the reader may see them ({@code full}), masked otherwise.
 */
enum ExportColumn {
    NAME("姓名", row -> row.name()),
    ID_NUMBER("身份证号", null),
    SEX("性别", WorkerRow::sex),
    BIRTH_DATE("出生日期", row -> String.valueOf(row.birthDate())),
    PHONE("手机号", null),
    UNIT("单位", WorkerRow::unitName),
    ESTABLISHMENT("在编/编外", row -> row.establishment().displayName()),
    WORK_START("参加工作时间", row -> String.valueOf(row.workStart())),
    WORK_TYPE_CODE("工种代码", WorkerRow::workTypeCode),
    WORK_TYPE("现岗位工种", WorkerRow::workTypeName),
    LEVEL("现岗位等级", row -> row.level().displayName()),
    LEVEL_YEAR("取得年份", row -> row.levelYear() == null ? "" : String.valueOf(row.levelYear())),
    STATUS("状态", row -> row.status().displayName());

    private final String header;
    private final Function<WorkerRow, String> plain;

    ExportColumn(String header, Function<WorkerRow, String> plain) {
        this.header = header;
        this.plain = plain;
    }

    String header() {
        return header;
    }

    /** The cell text; with {@code full} the ID number and phone are decrypted, otherwise masked. */
    String value(WorkerRow row, boolean full, PersonalDataProtector protector) {
        return switch (this) {
            case ID_NUMBER -> full ? protector.decrypt(row.idNumberCipher()) : row.idNumberMasked();
            case PHONE -> row.phoneCipher() == null ? "" : full ? protector.decrypt(row.phoneCipher()) : row.phoneMasked();
            default -> plain.apply(row);
        };
    }
}
