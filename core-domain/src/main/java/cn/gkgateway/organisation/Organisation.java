package cn.gkgateway.organisation;

import cn.gkgateway.shared.ReferenceCache;
import jakarta.persistence.EntityListeners;
import cn.gkgateway.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An exam office, a supervising department or a unit. Units form a tree through
 * {@code parentId}; each unit names its supervising department. Organisations are closed,
 * never deleted; changes go through {@link OrganisationService}, which checks the policies.
 */
@Entity
@EntityListeners(ReferenceCache.Changes.class)
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    /** 统一社会信用代码 (GB 32100). */
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Enumerated(EnumType.STRING)
    private UnitCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JurisdictionLevel jurisdictionLevel;

    /** 6-digit 行政区划代码, e.g. 321012 for 江都区. */
    @Column(nullable = false)
    private String regionCode;

    private Long parentId;

    private Long supervisorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationStatus status = OrganisationStatus.ACTIVE;

    /** 咨询联系人 and 咨询电话 of an exam office, shown to the applicants of its region (null when not set). */
    private String helpContactName;

    private String helpContactPhone;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(String name, String creditCode, OrganisationKind kind, UnitCategory category,
                        JurisdictionLevel jurisdictionLevel, String regionCode, Long parentId, Long supervisorId) {
        this.name = name;
        this.creditCode = creditCode == null ? null : CreditCode.parse(creditCode, "creditCode").value();
        this.kind = kind;
        this.category = category;
        this.jurisdictionLevel = jurisdictionLevel;
        this.regionCode = regionCode;
        this.parentId = parentId;
        this.supervisorId = supervisorId;
    }

    /** Whether the organisation is open for new work (not closed). */
    public boolean isActive() {
        return status == OrganisationStatus.ACTIVE;
    }

    /** Refuses new work (roster entries, declarations) for a closed organisation: ORGANISATION_CLOSED (409). */
    public void requireOpen() {
        if (!isActive()) {
            throw DomainException.conflict("ORGANISATION_CLOSED", "“" + name + "”已关闭，不能办理新的业务；如需恢复请联系工考办");
        }
    }

    /** Whether {@code regionCode} lies within the region this organisation governs. */
    public boolean governs(String otherRegionCode) {
        return otherRegionCode != null && otherRegionCode.startsWith(governedRegionPrefix());
    }

    void changeDetails(String name, String creditCode, UnitCategory category, JurisdictionLevel jurisdictionLevel, String regionCode) {
        this.name = name;
        this.creditCode = creditCode;
        this.category = category;
        this.jurisdictionLevel = jurisdictionLevel;
        this.regionCode = regionCode;
    }

    void moveTo(Long parentId, Long supervisorId) {
        this.parentId = parentId;
        this.supervisorId = supervisorId;
    }

    void changeStatus(OrganisationStatus status) {
        this.status = status;
    }

    /** The region-code prefix this organisation governs (an exam office sees every unit under it). */
    public String governedRegionPrefix() {
        return jurisdictionLevel.regionPrefix(regionCode);
    }

    /** Sets the help contact applicants see (咨询联系人, 咨询电话: a public office number, shown in full). */
    public void helpContact(String name, String phone) {
        this.helpContactName = name;
        this.helpContactPhone = phone;
    }

    public String getHelpContactName() {
        return helpContactName;
    }

    public String getHelpContactPhone() {
        return helpContactPhone;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public UnitCategory getCategory() {
        return category;
    }

    public JurisdictionLevel getJurisdictionLevel() {
        return jurisdictionLevel;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public OrganisationStatus getStatus() {
        return status;
    }
}
