package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;
import java.time.Instant;

/** Event: a unit's occupancy changed (EST-02). Security and the cashier follow it (EST-03 copies). */
public record OccupancyChanged(EstateId estate, UnitId unit, String unitCode, Occupancy from, Occupancy to,
                               OccupancyCause cause, Instant at) {
}
