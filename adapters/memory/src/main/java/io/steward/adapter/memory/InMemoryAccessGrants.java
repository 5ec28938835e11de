package io.steward.adapter.memory;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.out.AccessGrantState;
import io.steward.ports.estate.out.AccessGrants;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** EST-08 requests in memory. */
public final class InMemoryAccessGrants implements AccessGrants {
    private final VersionedTable<UUID, AccessGrantState> table;

    public InMemoryAccessGrants(MemoryTransactions tx) {
        table = new VersionedTable<>("access request", VersionedTable.Shape.of(AccessGrantState::id, AccessGrantState::version,
                (s, v) -> new AccessGrantState(s.id(), s.estate(), s.archive(), s.kind(), s.requestedBy(), s.purpose(),
                        s.recipient(), s.status(), s.decidedBy(), s.requestedAt(), s.decidedAt(), s.expiresAt(), v)),
                        tx);
    }

    @Override
    public Optional<AccessGrantState> find(UUID id) {
        return table.find(id);
    }

    @Override
    public void save(AccessGrantState state) {
        table.save(state);
    }

    @Override
    public List<AccessGrantState> ofArchive(ArchiveId archive) {
        return table.where(g -> g.archive().equals(archive));
    }
}
