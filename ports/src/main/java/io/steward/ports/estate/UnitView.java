package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;

/** A unit as callers see it. {@code note} is the reason a unit was not taken over, when it was not. */
public record UnitView(UnitId id, EstateId estate, String code, UnitAddress address, UnitKind kind, Area area,
                       Occupancy occupancy, String note, long version) {
}
