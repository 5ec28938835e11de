package io.steward.ports.estate.in;

import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import java.util.List;

/** Loads the developer's owner roster (业主清册), used to verify identity at handover (EST-04). PROJECT_MANAGER. */
public interface ImportOwnerRoster {

    int importRoster(Roster roster);

    record Roster(EstateId estate, List<Line> lines) {
        public Roster {
            if (estate == null) {
                throw new InvalidInput("estate is required");
            }
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /** One roster line: the unit by code, the buyer and the purchase contract. */
    record Line(String unitCode, String ownerName, String idNumber, String contractNumber) {
        public Line {
            if (unitCode == null || unitCode.isBlank() || ownerName == null || ownerName.isBlank()
                    || idNumber == null || idNumber.isBlank() || contractNumber == null || contractNumber.isBlank()) {
                throw new InvalidInput("a roster line needs unit code, owner name, ID number and contract number");
            }
        }
    }
}
