package io.steward.adapter.memory;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.Archives;
import java.util.List;
import java.util.Optional;

/** Archives in memory. */
public final class InMemoryArchives implements Archives {
    private final VersionedTable<ArchiveId, ArchiveState> table;

    public InMemoryArchives(MemoryTransactions tx) {
        table = new VersionedTable<>("archive", ArchiveState::id, tx);
    }

    @Override
    public Optional<ArchiveState> find(ArchiveId id) {
        return table.find(id);
    }

    @Override
    public ArchiveState save(ArchiveState state) {
        return table.save(state);
    }

    @Override
    public List<ArchiveState> ofUnit(UnitId unit) {
        return table.where(a -> a.unit().equals(unit));
    }
}
