package cn.gkgateway.rosterimport;

/** One fault of one row: the template column it concerns, a stable code and what to fix, in Chinese. */
public record RowFault(String column, String code, String message) {
}
