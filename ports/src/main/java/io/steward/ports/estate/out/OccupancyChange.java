package io.steward.ports.estate.out;

import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;

/** EST-02: one change of a unit's occupancy, kept forever. {@code from} is null for the first status. */
public record OccupancyChange(UnitId unit, EstateId estate, Occupancy from, Occupancy to, OccupancyCause cause,
                              String reference, String actor, Instant at) {
}
