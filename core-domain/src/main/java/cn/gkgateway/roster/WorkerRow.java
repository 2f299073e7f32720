package cn.gkgateway.roster;

import cn.gkgateway.catalog.Level;

import java.time.LocalDate;

/**
 * A roster line as listed and exported. The ciphers are for exports whose reader may see the
 * full values (see {@code RosterExportPolicy}); never send them to a client.
 */
public record WorkerRow(long id, long unitId, String unitName, String name, String idNumberMasked, String idNumberCipher,
                        String sex, LocalDate birthDate, String phoneMasked, String phoneCipher,
                        Establishment establishment, LocalDate workStartDate, String workTypeCode, String workTypeName,
                        Level level, Integer levelYear, WorkerStatus status,
                        boolean workStartMonthOnly) {

    /** 参加工作时间 as known: {@code yyyy-MM} when only the month is. */
    public String workStart() {
        return Worker.workStartText(workStartDate, workStartMonthOnly);
    }
}
