package cn.gkgateway.rosterimport;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PhoneNumber;

/** A row that passed every rule of its own: the values as they will join the roster. */
public record ImportedPerson(String name, IdNumber idNumber, PhoneNumber phone, String workTypeCode,
                             Level level, Integer levelYear, ImportDate workStart,
                             cn.gkgateway.roster.Establishment establishment) {
}
