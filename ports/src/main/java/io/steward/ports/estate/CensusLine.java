package io.steward.ports.estate;

import java.time.Instant;

/** One unit in a monthly census (EST-03): what the register says, and what the person checking found. */
public record CensusLine(UnitId unit, String code, Occupancy registered, Occupancy observed, String checkedBy,
                         Instant checkedAt, String note) {
    public boolean checked() {
        return observed != null;
    }

    public boolean discrepancy() {
        return observed != null && observed != registered;
    }
}
