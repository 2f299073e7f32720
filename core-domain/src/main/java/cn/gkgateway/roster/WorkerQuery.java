package cn.gkgateway.roster;

import cn.gkgateway.catalog.Level;

/**
 * Filters of the roster list and export; every filter is optional. {@code idNumber} matches
 * exactly (through the keyed hash), {@code name} as a substring. {@code sort} is one of
 * {@link WorkerSort}; unknown values fall back to the newest first.
 */
public record WorkerQuery(String name, String idNumber, String workTypeCode, Level level, Long unitId,
                          WorkerStatus status, WorkerSort sort, boolean descending) {

    public static WorkerQuery all() {
        return new WorkerQuery(null, null, null, null, null, null, null, true);
    }
}
