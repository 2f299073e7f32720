package cn.gkgateway.organisation;

import cn.gkgateway.shared.DomainException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an applicant may read of the organisation tree (seed 004: "从左至右的下拉框中依次选择，直到选中本人所属单位"):
 * the cities, their districts/counties (and 市直单位 for units at the city's own code), the open units of a region,
 * and the help contact of the exam office nearest to a unit. Only names and public office numbers, nothing else.
 */
@Component
public class UnitDirectory {

    private static final int MAX_UNITS = 1000;

    public record Region(String code, String name) {
    }

    public record HelpContact(String officeName, String contactName, String phone) {
    }

    private final Organisations organisations;
    private final ExamOffices examOffices;

    public UnitDirectory(Organisations organisations, ExamOffices examOffices) {
        this.organisations = organisations;
        this.examOffices = examOffices;
    }

    /** 报名地市: the cities that have an exam office, by region code. */
    @Transactional(readOnly = true)
    public List<Region> cities() {
        return offices("", JurisdictionLevel.CITY).stream().map(office -> new Region(office.getRegionCode(), cityName(office))).toList();
    }

    /** The districts/counties of a city (xxxx00), and 市直单位 (the city's own code) first. */
    @Transactional(readOnly = true)
    public List<Region> districts(String cityCode) {
        if (cityCode == null || !cityCode.matches("\\d{4}00")) {
            return List.of();
        }
        List<Region> regions = new ArrayList<>();
        if (!units(cityCode).isEmpty()) {
            regions.add(new Region(cityCode, "市直单位"));
        }
        offices(cityCode.substring(0, 4), JurisdictionLevel.DISTRICT).forEach(office ->
                regions.add(new Region(office.getRegionCode(), districtName(office))));
        return regions;
    }

    /** The open units whose region code is exactly {@code regionCode}. */
    @Transactional(readOnly = true)
    public List<Organisation> units(String regionCode) {
        if (regionCode == null || !regionCode.matches("\\d{6}")) {
            return List.of();
        }
        return organisations.search(regionCode, OrganisationKind.UNIT, OrganisationStatus.ACTIVE, null, Limit.of(MAX_UNITS)).stream()
                .filter(unit -> unit.getRegionCode().equals(regionCode)).toList();
    }

    /** The help contact of the nearest exam office above the unit that has one (district, then city, then province). */
    @Transactional(readOnly = true)
    public Optional<HelpContact> helpContact(Organisation unit) {
        for (JurisdictionLevel level : new JurisdictionLevel[] {JurisdictionLevel.DISTRICT, JurisdictionLevel.CITY, JurisdictionLevel.PROVINCE}) {
            if (level.isAbove(unit.getJurisdictionLevel()) || level == unit.getJurisdictionLevel()) {
                try {
                    Organisation office = examOffices.of(unit, level);
                    if (office.getHelpContactPhone() != null) {
                        return Optional.of(new HelpContact(office.getName(), office.getHelpContactName(), office.getHelpContactPhone()));
                    }
                } catch (DomainException noOffice) {
                    // no exam office at this level: ask the next one up
                }
            }
        }
        return Optional.empty();
    }

    private List<Organisation> offices(String prefix, JurisdictionLevel level) {
        return organisations.search(prefix, OrganisationKind.EXAM_OFFICE, OrganisationStatus.ACTIVE, null, Limit.of(MAX_UNITS)).stream()
                .filter(office -> office.getJurisdictionLevel() == level).toList();
    }

    /** "扬州市工考办" → "扬州市". */
    private static String cityName(Organisation office) {
        return office.getName().replace("工考办", "").replace("工考中心", "");
    }

    /** "扬州市江都区工考办" → "江都区". */
    private static String districtName(Organisation office) {
        String name = cityName(office);
        int city = name.indexOf('市');
        return city >= 0 && city < name.length() - 1 ? name.substring(city + 1) : name;
    }
}
