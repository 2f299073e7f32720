package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;

/**
 * Filters of 申报查询 and the review lists; every one is optional. {@code idNumber} matches
 * exactly (through the keyed hash), {@code name} as a substring. {@code pendingOnly}: only
 * declarations whose current step is the caller's organisation's (待审核).
 */
public record DeclarationFilter(String name, String idNumber, Long unitId, String workTypeCode, Level level, Integer year,
                                DeclarationStatus status, boolean pendingOnly) {
}
