package cn.gkgateway.web.roster;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.roster.Establishment;
import cn.gkgateway.roster.WorkerRow;
import cn.gkgateway.roster.WorkerStatus;

import java.time.LocalDate;

/**
 * A roster entry as shown: the ID number and phone only masked. Next to a masked ID number
 * only the birth year goes out; the full birth date (which with the mask nearly rebuilds the
 * number) only to the operator of the worker's own unit, and is null for everyone else.
 * {@code editable}: whether the caller may change the worker's non-key fields. {@code workStart}: 参加工作时间
 * as known ({@code yyyy-MM} when only the month is; {@code workStartDate} is then the month's first day).
 */
record WorkerResponse(Long id, Long unitId, String unitName, String name, String idNumber, String sex, int birthYear,
                      LocalDate birthDate, String phone, Establishment establishment, String establishmentName,
                      LocalDate workStartDate, String workTypeCode, String workTypeName, Level level, String levelName,
                      Integer levelYear, WorkerStatus status, String statusName, boolean editable, String workStart) {

    static WorkerResponse of(Caller caller, WorkerRow row) {
        boolean ownUnit = caller.is(Role.UNIT_OPERATOR) && caller.organisationId() != null && row.unitId() == caller.organisationId();
        return new WorkerResponse(row.id(), row.unitId(), row.unitName(), row.name(), row.idNumberMasked(), row.sex(),
                row.birthDate().getYear(), ownUnit ? row.birthDate() : null, row.phoneMasked(), row.establishment(),
                row.establishment().displayName(), row.workStartDate(), row.workTypeCode(), row.workTypeName(), row.level(),
                row.level().displayName(), row.levelYear(), row.status(), row.status().displayName(), ownUnit, row.workStart());
    }
}
