package cn.gkgateway.material;

import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.declaration.DeclarationMode;
import cn.gkgateway.evidence.MaterialKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaterialSlotTest {

    private static MaterialSlot slot(LevelGroup group, DeclarationMode mode) {
        return new MaterialSlot(1L, new SlotDefinition("PROOF", "证明材料", MaterialKind.PHOTO, true, null, group, mode, 10));
    }

    @Test
    void aSlotWithoutLevelOrModeAppliesToEveryDeclaration() {
        MaterialSlot all = slot(null, null);
        for (LevelGroup group : LevelGroup.values()) {
            for (DeclarationMode mode : DeclarationMode.values()) {
                assertThat(all.appliesTo(group, mode)).isTrue();
            }
        }
    }

    @Test
    void aSlotOfOneLevelGroupOrModeAppliesOnlyThere() {
        assertThat(slot(LevelGroup.SENIOR_TECHNICIAN, null).appliesTo(LevelGroup.SENIOR_TECHNICIAN, DeclarationMode.NORMAL)).isTrue();
        assertThat(slot(LevelGroup.SENIOR_TECHNICIAN, null).appliesTo(LevelGroup.TECHNICIAN, DeclarationMode.NORMAL)).isFalse();
        assertThat(slot(null, DeclarationMode.EXCEPTIONAL).appliesTo(LevelGroup.GRADE, DeclarationMode.EXCEPTIONAL)).isTrue();
        assertThat(slot(null, DeclarationMode.EXCEPTIONAL).appliesTo(LevelGroup.GRADE, DeclarationMode.NORMAL)).isFalse();
        assertThat(slot(LevelGroup.GRADE, DeclarationMode.POST_CHANGE).appliesTo(LevelGroup.GRADE, DeclarationMode.POST_CHANGE)).isTrue();
        assertThat(slot(LevelGroup.GRADE, DeclarationMode.POST_CHANGE).appliesTo(LevelGroup.TECHNICIAN, DeclarationMode.POST_CHANGE)).isFalse();
    }

    @Test
    void theDefinitionReadsBackAsItWasGiven() {
        SlotDefinition definition = new SlotDefinition("THESIS", "论文", MaterialKind.DOCUMENT, true, "doc 或 docx",
                LevelGroup.SENIOR_TECHNICIAN, null, 70);
        assertThat(new MaterialSlot(null, definition).definition()).isEqualTo(definition);
    }

    @Test
    void tokensAreHashedOneWayAndDifferently() {
        assertThat(ScanUploads.hash("abc")).hasSize(64).isNotEqualTo(ScanUploads.hash("abd")).isEqualTo(ScanUploads.hash("abc"));
        assertThat(ScanUploads.hash("abc")).doesNotContain("abc");
    }
}
