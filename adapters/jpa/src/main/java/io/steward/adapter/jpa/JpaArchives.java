package io.steward.adapter.jpa;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.Archives;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Archives as documents keyed by unit. */
public final class JpaArchives implements Archives {
    private final Documents<ArchiveState> docs;

    public JpaArchives(EntityManagerSource source) {
        docs = new Documents<>(source, "ARCHIVE", ArchiveState.class,
                Comparator.comparing(ArchiveState::since, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    @Override
    public Optional<ArchiveState> find(ArchiveId id) {
        return docs.find(id.toString());
    }

    @Override
    public ArchiveState save(ArchiveState s) {
        ArchiveState stored = s.withVersion(s.version() + 1);
        docs.save(s.id().toString(), s.estate().toString(), s.unit().toString(), s.since(), s.version(), stored);
        return stored;
    }

    @Override
    public List<ArchiveState> ofUnit(UnitId unit) {
        return docs.byOwner(unit.toString());
    }
}
