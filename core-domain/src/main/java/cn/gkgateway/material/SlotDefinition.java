package cn.gkgateway.material;

import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.declaration.DeclarationMode;
import cn.gkgateway.evidence.MaterialKind;

/**
 * A slot as the exam office edits it: a code (upper-case letters, digits and underscores), its name, what it
 * takes, whether it is required, a hint for the uploader, and for which level group and mode (null: all).
 */
public record SlotDefinition(String code, String name, MaterialKind kind, boolean required, String hint,
                             LevelGroup levelGroup, DeclarationMode mode, int sortOrder) {
}
