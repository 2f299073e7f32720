package cn.gkgateway.rosterimport;

import java.util.List;

/** A row of an import as pages show it: personal values masked; {@code faults} empty for an accepted row. */
public record ImportRowView(int rowNumber, String name, String idNumberMasked, String sex, String phoneMasked,
                            String workTypeCode, String level, Integer levelYear, String workStart, List<RowFault> faults) {
}
