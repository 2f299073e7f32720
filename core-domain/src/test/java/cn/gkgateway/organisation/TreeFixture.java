package cn.gkgateway.organisation;

import org.springframework.test.util.ReflectionTestUtils;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory organisation tree for policy tests: 江苏 → 扬州 → 江都 exam offices, 江都水利局
 * (department) with 水利工程管理处 (unit) under it, and 南京 city office elsewhere.
 */
final class TreeFixture implements OrganisationDirectory {

    final Map<Long, Organisation> byId = new HashMap<>();
    private long nextId = 1;

    final Organisation province = add("江苏省工考办", null, OrganisationKind.EXAM_OFFICE, JurisdictionLevel.PROVINCE, "320000", null, null);
    final Organisation yangzhou = add("扬州市工考办", null, OrganisationKind.EXAM_OFFICE, JurisdictionLevel.CITY, "321000", province.getId(), null);
    final Organisation jiangdu = add("扬州市江都区工考办", null, OrganisationKind.EXAM_OFFICE, JurisdictionLevel.DISTRICT, "321012", yangzhou.getId(), null);
    final Organisation nanjing = add("南京市工考办", null, OrganisationKind.EXAM_OFFICE, JurisdictionLevel.CITY, "320100", province.getId(), null);
    final Organisation water = add("江都区水利局", code("11321012014170350"), OrganisationKind.DEPARTMENT, JurisdictionLevel.DISTRICT, "321012", jiangdu.getId(), null);
    final Organisation waterWorks = add("水利工程管理处", code("12321012466893812"), OrganisationKind.UNIT, JurisdictionLevel.DISTRICT, "321012", water.getId(), water.getId());
    final Organisation pumpStation = add("抽水站", code("12321012466893820"), OrganisationKind.UNIT, JurisdictionLevel.DISTRICT, "321012", waterWorks.getId(), water.getId());
    final Organisation nanjingDept = add("南京市水务局", null, OrganisationKind.DEPARTMENT, JurisdictionLevel.CITY, "320100", nanjing.getId(), null);

    Organisation add(String name, String creditCode, OrganisationKind kind, JurisdictionLevel level, String region, Long parentId, Long supervisorId) {
        Organisation organisation = new Organisation(name, creditCode, kind,
                kind == OrganisationKind.UNIT ? UnitCategory.PUBLIC_INSTITUTION : UnitCategory.ADMINISTRATIVE, level, region, parentId, supervisorId);
        ReflectionTestUtils.setField(organisation, "id", nextId++);
        byId.put(organisation.getId(), organisation);
        return organisation;
    }

    static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    static void close(Organisation organisation) {
        organisation.changeStatus(OrganisationStatus.CLOSED);
    }

    /** A new unit under 江都区水利局, to vary. */
    OrganisationDraft newUnit(String region, Long parentId, Long supervisorId) {
        return new OrganisationDraft(null, OrganisationKind.UNIT, "新单位", code("12321012466893900"), UnitCategory.PUBLIC_INSTITUTION,
                JurisdictionLevel.DISTRICT, region, parentId, supervisorId);
    }

    @Override
    public Optional<Organisation> byId(Long id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    @Override
    public Optional<Organisation> byName(String name) {
        return byId.values().stream().filter(o -> o.getName().equals(name)).findFirst();
    }

    @Override
    public Optional<Organisation> byCreditCode(String creditCode) {
        return byId.values().stream().filter(o -> creditCode.equals(o.getCreditCode())).findFirst();
    }

    @Override
    public boolean hasChildren(long id) {
        return byId.values().stream().anyMatch(o -> Long.valueOf(id).equals(o.getParentId()) || Long.valueOf(id).equals(o.getSupervisorId()));
    }

    @Override
    public boolean hasActiveChildren(long id) {
        return byId.values().stream().filter(Organisation::isActive)
                .anyMatch(o -> Long.valueOf(id).equals(o.getParentId()) || Long.valueOf(id).equals(o.getSupervisorId()));
    }
}
