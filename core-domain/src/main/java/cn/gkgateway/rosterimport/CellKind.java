package cn.gkgateway.rosterimport;

/** What kind of value a spreadsheet cell held, as stored in the file (not as it is displayed). */
public enum CellKind {
    TEXT,
    NUMBER,
    /** A number with a date format: its {@link ImportCell#date()} is set. */
    DATE,
    BOOLEAN,
    ERROR
}
