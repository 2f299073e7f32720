package cn.gkgateway.roster;

/** The columns the roster can be sorted by, each with its SQL expression (never user text). */
public enum WorkerSort {
    ID("w.id"),
    NAME("w.name"),
    UNIT("o.name"),
    WORK_TYPE("w.work_type_code"),
    LEVEL_YEAR("w.level_year"),
    WORK_START("w.work_start_date"),
    STATUS("w.status");

    private final String expression;

    WorkerSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
