package cn.gkgateway.material;

import cn.gkgateway.declaration.SlotFiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The file names in a declaration's slots, for the 高级技师 check (condition proofs, the thesis name). */
@Component
class MaterialSlotFiles implements SlotFiles {

    private final Materials materials;

    MaterialSlotFiles(Materials materials) {
        this.materials = materials;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<String>> fileNamesBySlot(long declarationId) {
        return materials.findByDeclarationIdOrderByIdAsc(declarationId).stream().collect(Collectors.groupingBy(
                Material::getSlotCode, LinkedHashMap::new, Collectors.mapping(Material::getDisplayName, Collectors.toList())));
    }
}
