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
    public void save(ArchiveState s) {
        docs.save(s.id().toString(), s.estate().toString(), s.unit().toString(), s.since(), s.version(),
                new ArchiveState(s.id(), s.estate(), s.unit(), s.party(), s.person(), s.status(), s.since(), s.until(),
                        s.safetyLetter(), s.lease(), s.ownerCommitment(), s.version() + 1));
    }

    @Override
    public List<ArchiveState> ofUnit(UnitId unit) {
        return docs.byOwner(unit.toString());
    }
}
