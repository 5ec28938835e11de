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
        table = new VersionedTable<>("archive", VersionedTable.Shape.of(ArchiveState::id, ArchiveState::version,
                (s, v) -> new ArchiveState(s.id(), s.estate(), s.unit(), s.party(), s.person(), s.status(), s.since(),
                        s.until(), s.safetyLetter(), s.lease(), s.ownerCommitment(), v)), tx);
    }

    @Override
    public Optional<ArchiveState> find(ArchiveId id) {
        return table.find(id);
    }

    @Override
    public ArchiveState save(ArchiveState state) {
        table.save(state);
        return state.withVersion(state.version() + 1);
    }

    @Override
    public List<ArchiveState> ofUnit(UnitId unit) {
        return table.where(a -> a.unit().equals(unit));
    }
}
