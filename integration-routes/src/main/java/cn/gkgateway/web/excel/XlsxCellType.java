package cn.gkgateway.web.excel;

/** What a cell stores, from its {@code t} attribute and its style: text, a plain number, a date-formatted number, … */
public enum XlsxCellType {
    TEXT, NUMBER, DATE, BOOLEAN, ERROR
}
