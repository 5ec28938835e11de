package io.steward.ports.estate.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.estate.Area;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.shared.EstateId;

/** Stored state of a unit. {@code note} holds the reason a unit was not taken over (EST-04). */
public record UnitState(UnitId id, EstateId estate, UnitAddress address, UnitKind kind, Area area,
                        Occupancy occupancy, String note, long version) implements Versioned<UnitState> {
    public String code() {
        return address.code();
    }

    /** The same state as stored under {@code version}: what an adapter answers after a write. */
    @Override
    public UnitState withVersion(long version) {
        return new UnitState(id, estate, address, kind, area, occupancy, note, version);
    }
}
