package io.steward.adapter.memory;

import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.Handovers;
import io.steward.ports.shared.EstateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Handovers in memory. */
public final class InMemoryHandovers implements Handovers {
    private final VersionedTable<HandoverId, HandoverState> table;

    public InMemoryHandovers(MemoryTransactions tx) {
        table = new VersionedTable<>("handover", HandoverState::id, tx);
    }

    @Override
    public Optional<HandoverState> find(HandoverId id) {
        return table.find(id);
    }

    @Override
    public HandoverState save(HandoverState state) {
        return table.save(state);
    }

    @Override
    public List<HandoverState> ofUnit(UnitId unit) {
        return table.where(h -> h.unit().equals(unit));
    }

    @Override
    public List<HandoverState> ofEstate(EstateId estate, LocalDate from, LocalDate to) {
        return table.where(h -> h.estate().equals(estate) && !h.reportDate().isBefore(from) && !h.reportDate().isAfter(to));
    }
}
