package io.steward.ports.keys.out;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.ForcedEntryId;
import java.util.List;
import java.util.Optional;

/** Forced-entry records (KEY-11). */
public interface ForcedEntries {
    Optional<ForcedEntryState> find(ForcedEntryId id);

    /** Optimistic write (version 0 = new); answers the entry as stored. */
    ForcedEntryState save(ForcedEntryState state);

    /** The forced entries of a unit, oldest first. */
    List<ForcedEntryState> ofUnit(UnitId unit);
}
