package cn.gkgateway.organisation;

import cn.gkgateway.shared.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Parses the fields of a create, edit or import row into a draft, collecting every field problem. */
final class OrganisationFields {

    static final int MAX_NAME = 100;
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[Ee]\\+?\\d+");

    private OrganisationFields() {
    }

    record Parsed(OrganisationDraft draft, List<OrganisationRejection> problems) {
    }

    static Parsed parse(Long id, OrganisationKind kind, String rawName, String rawCreditCode, UnitCategory category,
                        JurisdictionLevel level, String rawRegionCode, Long parentId, Long supervisorId) {
        List<OrganisationRejection> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(invalid("ORGANISATION_KIND_REQUIRED", "kind", "请选择机构类型（工考办、主管部门或单位）"));
        }
        String name = name(rawName, problems);
        String creditCode = null;
        if (rawCreditCode != null && SCIENTIFIC.matcher(rawCreditCode.strip()).matches()) {
            problems.add(invalid("CREDIT_CODE_AS_NUMBER", "creditCode",
                    "统一社会信用代码被当作数字（科学计数法）保存，请把该列设置为“文本”格式后重新填写"));
        } else if (rawCreditCode != null && !rawCreditCode.isBlank()) {
            try {
                creditCode = CreditCode.parse(rawCreditCode, "creditCode").value();
            } catch (DomainException e) {
                problems.add(invalid(e.code(), "creditCode", e.getMessage()));
            }
        } else if (kind == OrganisationKind.UNIT) {
            problems.add(invalid("CREDIT_CODE_REQUIRED", "creditCode", "请填写单位的统一社会信用代码"));
        }
        if (category == null && kind == OrganisationKind.UNIT) {
            problems.add(invalid("ORGANISATION_CATEGORY_REQUIRED", "category", "请选择单位类别（行政或事业）"));
        }
        if (level == null) {
            problems.add(invalid("ORGANISATION_LEVEL_REQUIRED", "jurisdictionLevel", "请选择层级（省级、市级或县区级）"));
        }
        String regionCode = null;
        try {
            regionCode = RegionCode.parse(rawRegionCode, "regionCode");
        } catch (DomainException e) {
            problems.add(invalid(e.code(), "regionCode", e.getMessage()));
        }
        if (kind == OrganisationKind.EXAM_OFFICE && level != null && regionCode != null && !RegionCode.fitsOfficeLevel(regionCode, level)) {
            problems.add(invalid("REGION_CODE_LEVEL_MISMATCH", "regionCode", level.displayName() + "工考办的行政区划代码"
                    + switch (level) {
                        case PROVINCE -> "应以0000结尾，如 320000";
                        case CITY -> "应以00结尾，如 321000";
                        case DISTRICT -> "不应以00结尾，如 321012";
                    }));
        }
        return new Parsed(new OrganisationDraft(id, kind, name, creditCode, category, level, regionCode, parentId, supervisorId), problems);
    }

    private static String name(String raw, List<OrganisationRejection> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(invalid("ORGANISATION_NAME_REQUIRED", "name", "请填写机构名称"));
            return null;
        }
        String name = raw.strip();
        if (name.length() > MAX_NAME) {
            problems.add(invalid("ORGANISATION_NAME_TOO_LONG", "name", "机构名称不能超过" + MAX_NAME + "个字"));
        } else if (name.codePoints().anyMatch(OrganisationFields::invisible)) {
            problems.add(invalid("ORGANISATION_NAME_INVALID", "name", "机构名称含有控制字符或不可见字符，请重新输入"));
        }
        return name;
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static OrganisationRejection invalid(String code, String field, String reason) {
        return OrganisationRejection.invalid("fields", code, field, reason);
    }
}
