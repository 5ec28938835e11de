package io.steward.ports.estate.out;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.UnitId;
import java.util.List;
import java.util.Optional;

/** Owner and tenant archives. */
public interface Archives {
    Optional<ArchiveState> find(ArchiveId id);

    /**
     * Optimistic write: stores when the stored version equals {@code state.version()} (0 = new).
     *
     * @return the state as stored, with its new version, so that a use case never reads back what it just wrote
     */
    ArchiveState save(ArchiveState state);

    /** Every archive of the unit, oldest first. */
    List<ArchiveState> ofUnit(UnitId unit);
}
