package io.steward.ports.estate.out;

import io.steward.ports.estate.UnitId;
import java.util.List;
import java.util.Optional;

/** The meter readings of units: append-only, like every history. */
public interface MeterReadings {
    void append(List<MeterReading> readings);

    /** The last reading of one meter of the unit, if it was ever read. */
    Optional<MeterReading> last(UnitId unit, String meter);

    /** Every reading of the unit, oldest first. */
    List<MeterReading> ofUnit(UnitId unit);
}
