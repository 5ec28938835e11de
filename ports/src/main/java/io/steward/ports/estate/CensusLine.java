package io.steward.ports.estate;

import java.time.Instant;

/**
 * One unit in a monthly census (EST-03): what the register says, what the person checking found, and — for a
 * discrepancy the project manager confirmed — who corrected the register and when (EST-02).
 */
public record CensusLine(UnitId unit, String code, Occupancy registered, Occupancy observed, String checkedBy,
                         Instant checkedAt, String note, String correctedBy, Instant correctedAt) {
    public boolean corrected() {
        return correctedBy != null;
    }

    public boolean checked() {
        return observed != null;
    }

    public boolean discrepancy() {
        return observed != null && observed != registered;
    }
}
