package cn.gkgateway.material;

import cn.gkgateway.evidence.MaterialKind;

import java.util.List;

/**
 * The materials of one declaration by slot, whether the caller may still change them, and the names of the
 * required slots that are empty.
 */
public record DeclarationMaterials(long declarationId, boolean changeable, List<Slot> slots, List<String> missing) {

    public record Slot(String code, String name, MaterialKind kind, String accepted, List<String> extensions, boolean required,
                       String hint, List<MaterialView> materials) {
    }
}
