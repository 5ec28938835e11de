package io.steward.ports.estate.out;

import io.steward.ports.estate.ArchiveId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** EST-08 access and disclosure requests. */
public interface AccessGrants {
    Optional<AccessGrantState> find(UUID id);

    /** Optimistic write. */
    void save(AccessGrantState state);

    /** Every request about the archive, oldest first. */
    List<AccessGrantState> ofArchive(ArchiveId archive);
}
