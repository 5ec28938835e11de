package io.steward.ports.estate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The monthly occupancy report (月度物业动态信息表, EST-03): units by observed status, the occupancy changes of the
 * month by process, the units whose check disagrees with the register, and whether the deadlines were kept.
 */
public record CensusReport(Instant producedAt, Map<String, Long> unitsByOccupancy, Map<String, Long> changesByCause,
                           List<String> discrepancies, int checksAfterDeadline, boolean reportedLate) {
    public CensusReport {
        unitsByOccupancy = Map.copyOf(unitsByOccupancy);
        changesByCause = Map.copyOf(changesByCause);
        discrepancies = List.copyOf(discrepancies);
    }
}
