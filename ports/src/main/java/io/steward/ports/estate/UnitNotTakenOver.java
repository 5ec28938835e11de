package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;

/** Event: a handover ended without the owner taking the unit over, with the reason (EST-04). */
public record UnitNotTakenOver(EstateId estate, UnitId unit, HandoverId handover, String reason) {
}
