package cn.gkgateway.rosterimport;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.CatalogEntry;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules one import row must pass on its own, with the same normaliser as the roster form
 * ({@link IdNumber#parse}, {@link PhoneNumber#parse}, {@link Text}); every fault of the row is
 * reported at once, each with a stable code. Rules across rows (DUPLICATE_IN_FILE) and against
 * the database (DUPLICATE_ON_ROSTER) are the importer's.
 */
public final class RowRules {

    /** Names are capped as on the roster form. */
    public static final int MAX_NAME = 30;
    static final String TEXT_FORMAT_HINT = "请将该列设置为文本格式后重新录入";
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");

    private final LocalDate today;
    private final String unitName;
    private final Function<String, Optional<String>> workTypeCodeOf;

    /**
     * @param today          the gateway clock's date (future dates are refused against it)
     * @param unitName       the importing unit's name: every row's 单位 must name it
     * @param workTypeCodeOf the current catalog code for a work-type name or code, if any
     */
    public RowRules(LocalDate today, String unitName, Function<String, Optional<String>> workTypeCodeOf) {
        this.today = today;
        this.unitName = Text.compact(unitName);
        this.workTypeCodeOf = workTypeCodeOf;
    }

    /**
     * The {@code workTypeCodeOf} of the sheets (imports, key-info changes): the catalog's work-type names
     * (whitespace removed) and codes, read once, mapped to the current code; anything else as the catalog resolves it.
     */
    public static Function<String, Optional<String>> workTypeCodes(Catalog catalog) {
        Map<String, String> byKey = new HashMap<>();
        for (CatalogEntry entry : catalog.search("", null, null)) {
            byKey.put(Text.compact(entry.name()), entry.code());
            byKey.put(entry.code(), entry.code());
        }
        return key -> {
            String code = byKey.get(key);
            return code != null ? Optional.of(code) : catalog.current(key).map(WorkType::getCode);
        };
    }

    public CheckedRow check(int rowNumber, Map<TemplateColumn, ImportCell> cells) {
        Map<TemplateColumn, ImportCell> row = new EnumMap<>(TemplateColumn.class);
        row.putAll(cells);
        List<RowFault> faults = new ArrayList<>();
        for (TemplateColumn column : TemplateColumn.values()) {
            if (column != TemplateColumn.PHONE && column != TemplateColumn.LEVEL_YEAR && !column.optional() && blank(row.get(column))) {
                faults.add(new RowFault(column.header(), "REQUIRED_FIELD", "请填写" + column.header()));
            }
        }
        String name = name(row.get(TemplateColumn.NAME), faults);
        IdNumber idNumber = idNumber(row.get(TemplateColumn.ID_NUMBER), faults);
        checkSex(row.get(TemplateColumn.SEX), idNumber, faults);
        checkBirthDate(row.get(TemplateColumn.BIRTH_DATE), idNumber, faults);
        checkUnit(row.get(TemplateColumn.UNIT), faults);
        String workType = workType(row.get(TemplateColumn.WORK_TYPE), faults);
        Level level = level(row.get(TemplateColumn.LEVEL), faults);
        Integer levelYear = levelYear(row.get(TemplateColumn.LEVEL_YEAR), level, faults);
        ImportDate workStart = workStart(row.get(TemplateColumn.WORK_START), idNumber, faults);
        PhoneNumber phone = phone(row.get(TemplateColumn.PHONE), faults);
        cn.gkgateway.roster.Establishment establishment = establishment(row.get(TemplateColumn.ESTABLISHMENT), faults);
        List<String> texts = new ArrayList<>();
        for (TemplateColumn column : TemplateColumn.values()) {
            ImportCell cell = row.get(column);
            texts.add(cell == null ? null : cell.text());
        }
        ImportedPerson person = idNumber == null ? null
                : new ImportedPerson(name, idNumber, phone, workType, level, level == Level.NONE ? null : levelYear, workStart, establishment);
        return new CheckedRow(rowNumber, texts, person, faults);
    }

    /** The key fields of a row as the key-info change reads them (any may be null when its cell was faulty). */
    public record KeyFields(String name, IdNumber idNumber, String workTypeCode, Level level, Integer levelYear) {
    }

    /**
     * Checks the key fields of a 关键信息修改 row (姓名, 身份证号, 工种, 现等级, 取得年份) with the same
     * normaliser, rules and codes as an import row; faults are added to {@code faults}.
     */
    public KeyFields checkKeyFields(ImportCell nameCell, ImportCell idCell, ImportCell workTypeCell, ImportCell levelCell,
                                    ImportCell levelYearCell, List<RowFault> faults) {
        requireCell(nameCell, TemplateColumn.NAME, faults);
        requireCell(idCell, TemplateColumn.ID_NUMBER, faults);
        requireCell(workTypeCell, TemplateColumn.WORK_TYPE, faults);
        requireCell(levelCell, TemplateColumn.LEVEL, faults);
        String name = name(nameCell, faults);
        IdNumber idNumber = idNumber(idCell, faults);
        String workType = workType(workTypeCell, faults);
        Level level = level(levelCell, faults);
        Integer levelYear = levelYear(levelYearCell, level, faults);
        return new KeyFields(name, idNumber, workType, level, level == Level.NONE ? null : levelYear);
    }

    private static void requireCell(ImportCell cell, TemplateColumn column, List<RowFault> faults) {
        if (blank(cell)) {
            faults.add(new RowFault(column.header(), "REQUIRED_FIELD", "请填写" + column.header()));
        }
    }

    private static boolean blank(ImportCell cell) {
        return cell == null || cell.isBlank();
    }

    private static String name(ImportCell cell, List<RowFault> faults) {
        if (blank(cell)) {
            return null;
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = Text.line(cell.text(), "name", "姓名", MAX_NAME, problems);
        if (!problems.isEmpty()) {
            boolean tooLong = "TEXT_TOO_LONG".equals(problems.get(0).code());
            faults.add(tooLong ? new RowFault("姓名", "NAME_TOO_LONG", "姓名不能超过" + MAX_NAME + "个字")
                    : new RowFault("姓名", "NAME_INVALID", "姓名含有不可见的控制字符或格式字符，请删除后重新录入"));
            return null;
        }
        if (!NameCharacters.allowed(name)) {
            faults.add(new RowFault("姓名", "NAME_INVALID", "姓名只能包含汉字、字母和间隔号“·”，请核对：" + Text.echo(name)));
            return null;
        }
        return name;
    }

    private IdNumber idNumber(ImportCell cell, List<RowFault> faults) {
        if (blank(cell)) {
            return null;
        }
        if (cell.kind() != CellKind.TEXT) {
            faults.add(new RowFault("身份证号", "ID_SCIENTIFIC_NOTATION", "身份证号被保存为数字而不是文本，" + TEXT_FORMAT_HINT));
            return null;
        }
        try {
            return IdNumber.parse(cell.text(), "idNumber", today);
        } catch (DomainException e) {
            faults.add(new RowFault("身份证号", e.code(), e.getMessage()));
            return null;
        }
    }

    private static void checkSex(ImportCell cell, IdNumber idNumber, List<RowFault> faults) {
        if (blank(cell)) {
            return;
        }
        String sex = Text.compact(cell.text());
        if (!sex.equals("男") && !sex.equals("女")) {
            faults.add(new RowFault("性别", "SEX_INVALID", "性别请填写“男”或“女”"));
        } else if (idNumber != null && !sex.equals(idNumber.sex())) {
            faults.add(new RowFault("性别", "SEX_MISMATCH", "性别与身份证号不符（身份证号对应" + idNumber.sex() + "），请核对"));
        }
    }

    private void checkBirthDate(ImportCell cell, IdNumber idNumber, List<RowFault> faults) {
        if (blank(cell)) {
            return;
        }
        try {
            LocalDate birth = ImportDates.read(cell, "出生日期", false).day();
            if (birth.isAfter(today)) {
                faults.add(new RowFault("出生日期", "DATE_IN_FUTURE", "出生日期不能晚于今天"));
            } else if (idNumber != null && !birth.equals(idNumber.birthDate())) {
                faults.add(new RowFault("出生日期", "BIRTH_DATE_MISMATCH", "出生日期与身份证号中的出生日期不符，请核对"));
            }
        } catch (ImportDates.Unreadable e) {
            faults.add(new RowFault("出生日期", e.code(), e.getMessage()));
        }
    }

    private void checkUnit(ImportCell cell, List<RowFault> faults) {
        if (!blank(cell) && !Text.compact(cell.text()).equals(unitName)) {
            faults.add(new RowFault("单位", "UNIT_MISMATCH", "该行的单位“" + Text.echo(cell.text()) + "”不是本单位，只能导入本单位的人员"));
        }
    }

    private String workType(ImportCell cell, List<RowFault> faults) {
        if (blank(cell)) {
            return null;
        }
        Optional<String> code = workTypeCodeOf.apply(Text.compact(cell.text()));
        if (code.isEmpty()) {
            faults.add(new RowFault("工种", "UNKNOWN_WORK_TYPE", "工种“" + Text.echo(cell.text()) + "”不在工种目录中，请从下拉列表中选择"));
            return null;
        }
        return code.get();
    }

    private static Level level(ImportCell cell, List<RowFault> faults) {
        if (blank(cell)) {
            return null;
        }
        Optional<Level> level = LevelNames.parse(cell.text());
        if (level.isEmpty()) {
            faults.add(new RowFault("现等级", "UNKNOWN_LEVEL",
                    "现等级“" + Text.echo(cell.text()) + "”无法识别，请填写初级工、中级工、高级工、技师、高级技师或未定级（或五级至一级）"));
        }
        return level.orElse(null);
    }

    private Integer levelYear(ImportCell cell, Level level, List<RowFault> faults) {
        if (level == Level.NONE) {
            return null;
        }
        if (blank(cell)) {
            if (level != null) {
                faults.add(new RowFault("取得年份", "REQUIRED_FIELD", "请填写取得年份（现等级为未定级时可不填）"));
            }
            return null;
        }
        var m = YEAR.matcher(Text.compact(cell.text()));
        if (!m.matches()) {
            faults.add(new RowFault("取得年份", "LEVEL_YEAR_INVALID", "取得年份请写4位年份，如2015"));
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year > today.getYear()) {
            faults.add(new RowFault("取得年份", "DATE_IN_FUTURE", "取得年份不能晚于今年"));
            return null;
        }
        if (year < 1950) {
            faults.add(new RowFault("取得年份", "LEVEL_YEAR_INVALID", "取得年份应在1950年至今年之间"));
            return null;
        }
        return year;
    }

    private ImportDate workStart(ImportCell cell, IdNumber idNumber, List<RowFault> faults) {
        if (blank(cell)) {
            return null;
        }
        try {
            ImportDate start = ImportDates.read(cell, "参加工作时间", true);
            if (start.monthOnly() ? start.month().isAfter(YearMonth.from(today)) : start.day().isAfter(today)) {
                faults.add(new RowFault("参加工作时间", "DATE_IN_FUTURE", "参加工作时间不能晚于今天"));
                return null;
            }
            if (idNumber != null) {
                LocalDate sixteen = idNumber.birthDate().plusYears(16);
                boolean young = start.monthOnly() ? start.month().isBefore(YearMonth.from(sixteen)) : start.day().isBefore(sixteen);
                if (young) {
                    faults.add(new RowFault("参加工作时间", "WORK_START_TOO_YOUNG", "参加工作时间早于年满16周岁，请核对"));
                    return null;
                }
            }
            return start;
        } catch (ImportDates.Unreadable e) {
            faults.add(new RowFault("参加工作时间", e.code(), e.getMessage()));
            return null;
        }
    }

    /** 在编 or 编外 (blank: 在编, as before the column existed). */
    private static cn.gkgateway.roster.Establishment establishment(ImportCell cell, List<RowFault> faults) {
        if (blank(cell)) {
            return cn.gkgateway.roster.Establishment.IN_ESTABLISHMENT;
        }
        String value = Text.compact(cell.text());
        for (cn.gkgateway.roster.Establishment establishment : cn.gkgateway.roster.Establishment.values()) {
            if (establishment.displayName().equals(value)) {
                return establishment;
            }
        }
        faults.add(new RowFault("在编/编外", "ESTABLISHMENT_INVALID", "在编/编外请填写“在编”或“编外”（不填视为在编）"));
        return null;
    }

    private static PhoneNumber phone(ImportCell cell, List<RowFault> faults) {
        if (blank(cell)) {
            return null;
        }
        if (cell.kind() != CellKind.TEXT) {
            faults.add(new RowFault("手机号", "PHONE_SCIENTIFIC_NOTATION", "手机号被保存为数字而不是文本，" + TEXT_FORMAT_HINT));
            return null;
        }
        try {
            return PhoneNumber.parse(cell.text(), "phone");
        } catch (DomainException e) {
            faults.add(new RowFault("手机号", e.code(), e.getMessage()));
            return null;
        }
    }
}
