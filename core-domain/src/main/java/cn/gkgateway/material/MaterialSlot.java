package cn.gkgateway.material;

import cn.gkgateway.shared.ReferenceCache;
import jakarta.persistence.EntityListeners;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.declaration.DeclarationMode;
import cn.gkgateway.evidence.MaterialKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 材料栏目: one kind of material a declaration carries, for a declaration type, a level group (null: every
 * group) and a mode (null: every mode). Rows without a plan are the defaults; a plan's own rows replace them.
 */
@Entity
@EntityListeners(ReferenceCache.Changes.class)
@Table(name = "material_slot")
public class MaterialSlot {

    public static final String SKILL = "SKILL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    @Column(nullable = false)
    private String declarationType;

    @Enumerated(EnumType.STRING)
    private LevelGroup levelGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_mode")
    private DeclarationMode mode;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaterialKind kind;

    @Column(nullable = false)
    private boolean required;

    private String hint;

    @Column(nullable = false)
    private int sortOrder;

    protected MaterialSlot() {
    }

    MaterialSlot(Long planId, SlotDefinition definition) {
        this.planId = planId;
        this.declarationType = SKILL;
        this.levelGroup = definition.levelGroup();
        this.mode = definition.mode();
        this.code = definition.code();
        this.name = definition.name();
        this.kind = definition.kind();
        this.required = definition.required();
        this.hint = definition.hint();
        this.sortOrder = definition.sortOrder();
    }

    /** Whether a declaration of this level group and mode has this slot. */
    public boolean appliesTo(LevelGroup group, DeclarationMode declarationMode) {
        return (levelGroup == null || levelGroup == group) && (mode == null || mode == declarationMode);
    }

    public SlotDefinition definition() {
        return new SlotDefinition(code, name, kind, required, hint, levelGroup, mode, sortOrder);
    }

    public Long getPlanId() {
        return planId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public String getHint() {
        return hint;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
