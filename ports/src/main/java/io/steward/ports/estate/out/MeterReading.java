package io.steward.ports.estate.out;

import io.steward.ports.estate.Reading;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;

/**
 * One reading of one of a unit's meters, kept forever (EST-04 at the joint inspection, EST-06 at a tenant's move-out,
 * EST-07 at a transfer, the cashier's monthly round): which meter (the metered fee of the schedule), what it read,
 * when, who read it, for what.
 */
public record MeterReading(UnitId unit, EstateId estate, String meter, Reading reading, Instant at, String actor,
                           String reference) {
}
