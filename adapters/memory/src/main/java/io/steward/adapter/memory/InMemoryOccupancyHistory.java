package io.steward.adapter.memory;

import io.steward.ports.shared.EstateId;
import java.time.Instant;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.ports.estate.out.OccupancyHistory;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;

/** Occupancy history in memory (append-only). */
public final class InMemoryOccupancyHistory implements OccupancyHistory {
    private final AppendLog<OccupancyChange> log;

    public InMemoryOccupancyHistory(MemoryTransactions tx) {
        log = new AppendLog<>(tx, OccupancyChange::unit);
    }

    @Override
    public void append(List<OccupancyChange> changes) {
        log.append(changes);
    }

    @Override
    public Page<OccupancyChange> ofUnit(UnitId unit, PageRequest page) {
        List<OccupancyChange> newestFirst = new java.util.ArrayList<>(log.of(unit));
        java.util.Collections.reverse(newestFirst);
        return Page.of(newestFirst, page);
    }

    @Override
    public List<OccupancyChange> ofEstate(EstateId estate, Instant from, Instant to) {
        return log.where(c -> c.estate().equals(estate) && !c.at().isBefore(from) && c.at().isBefore(to));
    }
}
