package io.steward.ports.estate.in;

import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.out.CensusState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import java.time.YearMonth;
import java.util.List;

/**
 * EST-03 monthly occupancy census: the project manager opens the month; the people responsible for each
 * building/entrance (FRONT_DESK, SECURITY) check every unit by the 30th; the report is produced by the 3rd of the
 * next month, signed by the project manager and copied to security and the cashier. A check that disagrees with the
 * register is reported as a discrepancy, never silently applied.
 */
public interface OccupancyCensus {
    CensusState open(EstateId estate, YearMonth month);

    CensusState check(CensusId census, List<Check> checks);

    /** Refused while a unit is unchecked. */
    CensusState report(CensusId census);

    CensusState sign(CensusId census);

    List<CensusState> censuses(EstateId estate);

    CensusState census(CensusId census);

    record Check(String unitCode, Occupancy observed, String note) {
        public Check {
            if (unitCode == null || unitCode.isBlank() || observed == null) {
                throw new InvalidInput("a check names the unit and the occupancy found");
            }
            note = note == null ? "" : note;
        }
    }
}
