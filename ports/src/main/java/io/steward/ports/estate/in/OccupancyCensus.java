package io.steward.ports.estate.in;

import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.CensusLine;
import io.steward.ports.estate.CensusSummary;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
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
    CensusSummary open(EstateId estate, YearMonth month);

    CensusSummary check(CensusId census, List<Check> checks);

    /** Refused while a unit is unchecked. */
    CensusSummary report(CensusId census);

    CensusSummary sign(CensusId census);

    /**
     * EST-02 with EST-03: the project manager confirms a discrepancy the report found, and the unit's status becomes
     * what was found, with history. Only between the statuses no other process owns (VACANT, OWNER_OCCUPIED, OFFICE):
     * a tenancy, a handover or a renovation is corrected through its own process.
     */
    CensusSummary correct(CensusId census, Correction correction);

    /** The rounds of the estate, oldest month first. */
    List<CensusSummary> censuses(EstateId estate);

    CensusSummary census(CensusId census);

    /** The lines of a round in unit-code order; {@code uncheckedOnly} lists what is still to be checked. */
    Page<CensusLine> lines(CensusId census, boolean uncheckedOnly, PageRequest page);

    /** @param note why the register was wrong, in the project manager's words */
    record Correction(String unitCode, String note) {
        public Correction {
            unitCode = io.steward.ports.shared.Texts.required(unitCode, "the unit");
            note = io.steward.ports.shared.Texts.required(note, "why the register was wrong");
        }
    }

    record Check(String unitCode, Occupancy observed, String note) {
        public Check {
            if (unitCode == null || unitCode.isBlank() || observed == null) {
                throw new InvalidInput("a check names the unit and the occupancy found");
            }
            note = note == null ? "" : note;
            if (note.length() > MAX_NOTE) {
                throw new InvalidInput("a check's note is at most " + MAX_NOTE + " characters");
            }
        }

        /** The longest note a check takes. */
        public static final int MAX_NOTE = 200;
    }
}
