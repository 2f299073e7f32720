package cn.gkgateway.roster;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;

/**
 * Which roster exports carry full ID numbers and phones: only the operator of the worker's own
 * unit gets them (the unit keeps its own personnel files and must reach its workers). Departments,
 * exam offices and the administrator get masked values: they review and count, they do not
 * contact or identify people from a spreadsheet.
 */
public final class ExportDisclosurePolicy {

    private ExportDisclosurePolicy() {
    }

    public static boolean fullPersonalData(Caller caller, long workerUnitId) {
        return caller.is(Role.UNIT_OPERATOR) && caller.organisationId() != null && caller.organisationId() == workerUnitId;
    }
}
