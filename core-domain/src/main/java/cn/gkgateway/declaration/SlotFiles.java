package cn.gkgateway.declaration;

import java.util.List;
import java.util.Map;

/**
 * What the 高级技师 check needs from a declaration's materials: the display names of the files in each
 * filled slot. Implemented by the material feature, so that declarations do not depend on it.
 */
public interface SlotFiles {

    /** Slot code → display names of its files, for the slots that hold at least one file. */
    Map<String, List<String>> fileNamesBySlot(long declarationId);
}
