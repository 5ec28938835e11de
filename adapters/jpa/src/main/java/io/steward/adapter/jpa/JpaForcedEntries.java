package io.steward.adapter.jpa;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.out.ForcedEntries;
import io.steward.ports.keys.out.ForcedEntryState;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Forced-entry records (KEY-11) as documents, keyed by unit. */
public final class JpaForcedEntries implements ForcedEntries {
    private final Documents<ForcedEntryState> docs;

    public JpaForcedEntries(EntityManagerSource source) {
        docs = new Documents<>(source, "FORCED_ENTRY", ForcedEntryState.class, Comparator.comparing(ForcedEntryState::enteredAt));
    }

    @Override
    public Optional<ForcedEntryState> find(ForcedEntryId id) {
        return docs.find(id.toString());
    }

    @Override
    public ForcedEntryState save(ForcedEntryState s) {
        ForcedEntryState stored = s.withVersion(s.version() + 1);
        docs.save(s.id().toString(), s.estate().toString(), s.unit().toString(), null, s.version(), stored);
        return stored;
    }

    @Override
    public List<ForcedEntryState> ofUnit(UnitId unit) {
        return docs.byOwner(unit.toString());
    }
}
