package io.steward.ports.estate.out;

import io.steward.ports.shared.EstateId;
import java.time.Instant;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;

/** EST-02: the append-only history of occupancy changes. */
public interface OccupancyHistory {
    void append(List<OccupancyChange> changes);

    /** The unit's changes, newest first, paged. */
    Page<OccupancyChange> ofUnit(UnitId unit, PageRequest page);

    /** Every change in the estate at or after {@code from} and before {@code to}, oldest first (EST-03 report). */
    List<OccupancyChange> ofEstate(EstateId estate, Instant from, Instant to);
}
