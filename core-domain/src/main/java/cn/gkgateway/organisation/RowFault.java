package cn.gkgateway.organisation;

/** What is wrong with one cell (or row) of an import: sheet row number, column title, stable code, Chinese reason. */
public record RowFault(int row, String column, String code, String message) {
}
