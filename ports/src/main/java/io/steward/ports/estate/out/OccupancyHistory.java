package io.steward.ports.estate.out;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;

/** EST-02: the append-only history of occupancy changes. */
public interface OccupancyHistory {
    void append(List<OccupancyChange> changes);

    /** Oldest first. */
    Page<OccupancyChange> ofUnit(UnitId unit, PageRequest page);
}
