package cn.gkgateway.roster;

import java.time.Instant;

/**
 * One change of a worker's key field as kept in the history shown on the detail page.
 *
 * @param field    the field: NAME, ID_NUMBER, WORK_TYPE, LEVEL, LEVEL_YEAR, UNIT or STATUS
 * @param oldValue the value before, already masked when it is personal data
 * @param newValue the value after, already masked when it is personal data
 * @param reason   why, in Chinese (e.g. "关键信息变更审核通过")
 * @param reference what it came from, e.g. "KEY_CHANGE#12" or "TRANSFER#3"; may be null
 */
public record KeyChange(long workerId, String field, String oldValue, String newValue, Instant changedAt,
                        String reason, String reference, String changedBy) {
}
