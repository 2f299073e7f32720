package cn.gkgateway.organisation;

import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationFieldsTest {

    private static List<String> codes(OrganisationFields.Parsed parsed) {
        return parsed.problems().stream().map(OrganisationRejection::code).toList();
    }

    @Test
    void aUnitNeedsAValidCreditCodeACategoryAndARealRegion() {
        OrganisationFields.Parsed parsed = OrganisationFields.parse(null, OrganisationKind.UNIT, " 水利站 ", "12321012466893813",
                null, JurisdictionLevel.DISTRICT, "991012", null, 1L);
        assertThat(codes(parsed)).containsExactly("CREDIT_CODE_LENGTH", "ORGANISATION_CATEGORY_REQUIRED", "REGION_CODE_INVALID");
        assertThat(parsed.problems().get(2).reason()).isEqualTo("行政区划代码前两位“99”不是有效的省级代码，请核对");
        assertThat(parsed.draft().name()).isEqualTo("水利站");
        assertThat(codes(OrganisationFields.parse(null, OrganisationKind.UNIT, "水利站", " ", UnitCategory.PUBLIC_INSTITUTION,
                JurisdictionLevel.DISTRICT, "321012", null, 1L))).containsExactly("CREDIT_CODE_REQUIRED");
        OrganisationFields.Parsed good = OrganisationFields.parse(null, OrganisationKind.UNIT, "水利站",
                TreeFixture.code("12321012466893812").toLowerCase(), UnitCategory.PUBLIC_INSTITUTION, JurisdictionLevel.DISTRICT, "321012", null, 1L);
        assertThat(good.problems()).isEmpty();
        assertThat(good.draft().creditCode()).isEqualTo(TreeFixture.code("12321012466893812"));
    }

    @Test
    void refusesInvisibleCharactersAndOverlongNames() {
        assertThat(codes(OrganisationFields.parse(null, OrganisationKind.DEPARTMENT, "水利\u202E局", null, null,
                JurisdictionLevel.DISTRICT, "321012", null, null))).containsExactly("ORGANISATION_NAME_INVALID");
        assertThat(codes(OrganisationFields.parse(null, OrganisationKind.DEPARTMENT, "局".repeat(101), null, null,
                JurisdictionLevel.DISTRICT, "321012", null, null))).containsExactly("ORGANISATION_NAME_TOO_LONG");
    }

    @Test
    void anExamOfficesRegionCodeFitsItsLevel() {
        assertThat(codes(OrganisationFields.parse(null, OrganisationKind.EXAM_OFFICE, "扬州市工考办", null, null,
                JurisdictionLevel.CITY, "321012", null, null))).containsExactly("REGION_CODE_LEVEL_MISMATCH");
        assertThat(codes(OrganisationFields.parse(null, OrganisationKind.EXAM_OFFICE, "江苏省工考办", null, null,
                JurisdictionLevel.PROVINCE, "320000", null, null))).isEmpty();
    }

    @Test
    void regionCodesAreSixDigitsOfARealProvince() {
        assertThat(RegionCode.parse(" 321012 ", "regionCode")).isEqualTo("321012");
        assertThat(RegionCode.parse("810000", "regionCode")).isEqualTo("810000");
        assertThatThrownBy(() -> RegionCode.parse("32101", "regionCode")).isInstanceOf(DomainException.class)
                .hasMessage("行政区划代码应为6位数字，如 321012");
        assertThatThrownBy(() -> RegionCode.parse("001012", "regionCode")).hasMessageContaining("不是有效的省级代码");
    }
}
