package cn.gkgateway.organisation;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationPoliciesTest {

    private final TreeFixture tree = new TreeFixture();

    private static List<String> codes(List<OrganisationRejection> rejections) {
        return rejections.stream().map(OrganisationRejection::code).toList();
    }

    @Test
    void refusesMovingAnOrganisationUnderItselfOrItsDescendants() {
        HierarchyPolicy policy = new HierarchyPolicy();
        OrganisationDraft works = OrganisationDraft.of(tree.waterWorks);
        assertThat(codes(policy.check(works.withPlace(tree.waterWorks.getId(), tree.water.getId()), tree))).containsExactly("ORGANISATION_CYCLE");
        List<OrganisationRejection> underChild = policy.check(works.withPlace(tree.pumpStation.getId(), tree.water.getId()), tree);
        assertThat(codes(underChild)).containsExactly("ORGANISATION_CYCLE");
        assertThat(underChild.get(0).reason()).contains("抽水站").contains("下级机构");
        OrganisationDraft department = OrganisationDraft.of(tree.water);
        assertThat(codes(policy.check(department.withPlace(tree.water.getId(), null), tree))).containsExactly("ORGANISATION_CYCLE");
        // moving the pump station up to the department is fine
        assertThat(policy.check(OrganisationDraft.of(tree.pumpStation).withPlace(tree.water.getId(), tree.water.getId()), tree)).isEmpty();
    }

    @Test
    void detectsALoopAlreadyInTheStoredTree() {
        HierarchyPolicy policy = new HierarchyPolicy();
        tree.waterWorks.moveTo(tree.pumpStation.getId(), tree.water.getId());
        tree.pumpStation.moveTo(tree.waterWorks.getId(), tree.water.getId());
        OrganisationDraft draft = tree.newUnit("321012", tree.pumpStation.getId(), tree.water.getId());
        OrganisationDraft existing = new OrganisationDraft(999L, draft.kind(), draft.name(), draft.creditCode(), draft.category(),
                draft.level(), draft.regionCode(), draft.parentId(), draft.supervisorId());
        assertThat(codes(policy.check(existing, tree))).containsExactly("ORGANISATION_CYCLE");
    }

    @Test
    void parentMustBeOfAFittingKindOpenAndGoverningTheRegion() {
        HierarchyPolicy policy = new HierarchyPolicy();
        assertThat(codes(policy.check(tree.newUnit("321012", tree.jiangdu.getId(), tree.water.getId()), tree)))
                .containsExactly("ORGANISATION_PARENT_KIND");
        assertThat(codes(policy.check(tree.newUnit("320102", tree.water.getId(), tree.water.getId()), tree)))
                .containsExactly("ORGANISATION_PARENT_REGION");
        TreeFixture.close(tree.waterWorks);
        assertThat(codes(policy.check(tree.newUnit("321012", tree.waterWorks.getId(), tree.water.getId()), tree)))
                .containsExactly("ORGANISATION_PARENT_CLOSED");
        OrganisationDraft cityOfficeUnderDistrict = new OrganisationDraft(null, OrganisationKind.EXAM_OFFICE, "某市工考办", null, null,
                JurisdictionLevel.CITY, "321000", tree.jiangdu.getId(), null);
        assertThat(codes(policy.check(cityOfficeUnderDistrict, tree))).contains("ORGANISATION_LEVEL_ABOVE_PARENT");
        assertThat(policy.check(tree.newUnit("321012", null, tree.water.getId()), tree)).isEmpty();
    }

    @Test
    void aUnitsSupervisingDepartmentMustBeAnOpenDepartmentOfTheSameRegion() {
        SupervisionPolicy policy = new SupervisionPolicy();
        assertThat(policy.check(tree.newUnit("321012", null, tree.water.getId()), tree)).isEmpty();
        assertThat(codes(policy.check(tree.newUnit("321012", null, null), tree))).containsExactly("ORGANISATION_SUPERVISOR_REQUIRED");
        assertThat(codes(policy.check(tree.newUnit("321012", null, tree.jiangdu.getId()), tree))).containsExactly("ORGANISATION_SUPERVISOR_KIND");
        List<OrganisationRejection> elsewhere = policy.check(tree.newUnit("321012", null, tree.nanjingDept.getId()), tree);
        assertThat(codes(elsewhere)).containsExactly("ORGANISATION_SUPERVISOR_REGION");
        assertThat(elsewhere.get(0).reason()).isEqualTo("主管部门“南京市水务局”（320100）不管辖行政区划 321012，请选择同一区域内的主管部门");
        // a city department supervises units of its districts
        assertThat(policy.check(tree.newUnit("320102", null, tree.nanjingDept.getId()), tree)).isEmpty();
        TreeFixture.close(tree.water);
        assertThat(codes(policy.check(tree.newUnit("321012", null, tree.water.getId()), tree))).containsExactly("ORGANISATION_SUPERVISOR_CLOSED");
    }

    @Test
    void namesAndCreditCodesAreUnique() {
        UniquenessPolicy policy = new UniquenessPolicy();
        OrganisationDraft clash = new OrganisationDraft(null, OrganisationKind.UNIT, "抽水站", tree.waterWorks.getCreditCode(),
                UnitCategory.PUBLIC_INSTITUTION, JurisdictionLevel.DISTRICT, "321012", null, tree.water.getId());
        List<OrganisationRejection> rejections = policy.check(clash, tree);
        assertThat(codes(rejections)).containsExactly("ORGANISATION_NAME_TAKEN", "ORGANISATION_CREDIT_CODE_TAKEN");
        assertThat(rejections).allMatch(r -> r.kind() == DomainException.Kind.CONFLICT);
        // an organisation keeps its own name and code when edited
        assertThat(policy.check(OrganisationDraft.of(tree.waterWorks), tree)).isEmpty();
    }

    @Test
    void anExamOfficeManagesOnlyItsRegionAndNothingAboveItsLevel() {
        ManagementScopePolicy policy = new ManagementScopePolicy();
        Caller cityOffice = new Caller(1, "gkb_shi", "扬州", Role.EXAM_OFFICE, tree.yangzhou.getId());
        assertThat(policy.check(cityOffice, tree.yangzhou, OrganisationKind.UNIT, JurisdictionLevel.DISTRICT, "321012")).isEmpty();
        assertThat(policy.check(cityOffice, tree.yangzhou, OrganisationKind.EXAM_OFFICE, JurisdictionLevel.DISTRICT, "321023")).isEmpty();
        assertThat(policy.check(cityOffice, tree.yangzhou, OrganisationKind.UNIT, JurisdictionLevel.DISTRICT, "320102"))
                .get().extracting(OrganisationRejection::code, OrganisationRejection::kind)
                .containsExactly("ORGANISATION_OUT_OF_REGION", DomainException.Kind.FORBIDDEN);
        assertThat(policy.check(cityOffice, tree.yangzhou, OrganisationKind.DEPARTMENT, JurisdictionLevel.PROVINCE, "321000"))
                .get().extracting(OrganisationRejection::code).isEqualTo("ORGANISATION_ABOVE_OWN_LEVEL");
        assertThat(policy.check(cityOffice, tree.yangzhou, OrganisationKind.EXAM_OFFICE, JurisdictionLevel.CITY, "321000"))
                .as("not another city office, nor itself").isPresent();
        assertThat(policy.managedRegionPrefix(cityOffice, tree.yangzhou)).contains("3210");

        Caller district = new Caller(2, "gkb_qu", "江都", Role.EXAM_OFFICE, tree.jiangdu.getId());
        assertThat(policy.check(district, tree.jiangdu, OrganisationKind.UNIT, JurisdictionLevel.DISTRICT, "321023")).isPresent();
        assertThat(policy.managedRegionPrefix(district, tree.jiangdu)).contains("321012");

        Caller admin = new Caller(3, "admin", "管理员", Role.ADMIN, null);
        assertThat(policy.check(admin, null, OrganisationKind.EXAM_OFFICE, JurisdictionLevel.PROVINCE, "110000")).isEmpty();
        assertThat(policy.managedRegionPrefix(admin, null)).contains("");

        Caller supervisor = new Caller(4, "zhuguan", "水利局", Role.SUPERVISOR, tree.water.getId());
        assertThat(policy.check(supervisor, tree.water, OrganisationKind.UNIT, JurisdictionLevel.DISTRICT, "321012"))
                .get().extracting(OrganisationRejection::code).isEqualTo("ORGANISATION_MANAGE_FORBIDDEN");
        assertThat(policy.managedRegionPrefix(supervisor, tree.water)).isEmpty();
        TreeFixture.close(tree.yangzhou);
        assertThat(policy.managedRegionPrefix(cityOffice, tree.yangzhou)).as("a closed office manages nothing").isEmpty();
    }
}
