package io.steward.adapter.memory;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.out.ForcedEntries;
import io.steward.ports.keys.out.ForcedEntryState;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Forced-entry records in memory. */
public final class InMemoryForcedEntries implements ForcedEntries {
    private final VersionedTable<ForcedEntryId, ForcedEntryState> table;

    public InMemoryForcedEntries(MemoryTransactions tx) {
        table = new VersionedTable<>("forced entry", ForcedEntryState::id, tx);
    }

    @Override
    public Optional<ForcedEntryState> find(ForcedEntryId id) {
        return table.find(id);
    }

    @Override
    public ForcedEntryState save(ForcedEntryState state) {
        return table.save(state);
    }

    @Override
    public List<ForcedEntryState> ofUnit(UnitId unit) {
        return table.where(e -> e.unit().equals(unit)).stream().sorted(Comparator.comparing(ForcedEntryState::enteredAt)).toList();
    }
}
