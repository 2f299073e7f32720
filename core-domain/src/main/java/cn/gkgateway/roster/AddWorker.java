package cn.gkgateway.roster;

import cn.gkgateway.catalog.Level;

import java.time.LocalDate;

/**
 * Adds a worker to the caller's unit roster. Fields arrive as typed by a person; the service
 * validates each and answers with every problem at once.
 */
public record AddWorker(String name, String idNumber, String phone, Establishment establishment,
                        LocalDate workStartDate, String workTypeCode, Level level, Integer levelYear) {
}
