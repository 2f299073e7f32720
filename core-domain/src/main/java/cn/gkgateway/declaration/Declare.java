package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;

/**
 * A unit operator declares one of the unit's workers for a level and a work type; {@code qualificationConfirmed}
 * answers the 合格库 warnings (确认报考) when there are any.
 */
public record Declare(Long workerId, Level targetLevel, String workTypeCode, DeclarationMode mode,
                      String contactName, String contactPhone, boolean commitmentAccepted, Boolean qualificationConfirmed) {
}
