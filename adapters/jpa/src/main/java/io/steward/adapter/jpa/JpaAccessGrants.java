package io.steward.adapter.jpa;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.out.AccessGrantState;
import io.steward.ports.estate.out.AccessGrants;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** EST-08 requests as documents keyed by archive. */
public final class JpaAccessGrants implements AccessGrants {
    private final Documents<AccessGrantState> docs;

    public JpaAccessGrants(EntityManagerSource source) {
        docs = new Documents<>(source, "ACCESS", AccessGrantState.class, Comparator.comparing(AccessGrantState::requestedAt));
    }

    @Override
    public Optional<AccessGrantState> find(UUID id) {
        return docs.find(id.toString());
    }

    @Override
    public void save(AccessGrantState s) {
        docs.save(s.id().toString(), s.estate().toString(), s.archive().toString(), null, s.version(),
                new AccessGrantState(s.id(), s.estate(), s.archive(), s.kind(), s.requestedBy(), s.purpose(), s.recipient(),
                        s.status(), s.decidedBy(), s.requestedAt(), s.decidedAt(), s.expiresAt(), s.version() + 1));
    }

    @Override
    public List<AccessGrantState> ofArchive(ArchiveId archive) {
        return docs.byOwner(archive.toString());
    }
}
