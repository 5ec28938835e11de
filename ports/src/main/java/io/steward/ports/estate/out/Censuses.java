package io.steward.ports.estate.out;

import io.steward.ports.estate.CensusId;
import io.steward.ports.shared.EstateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Monthly occupancy census rounds (EST-03). */
public interface Censuses {
    Optional<CensusState> find(CensusId id);

    /**
     * Optimistic write: stores when the stored version equals {@code state.version()} (0 = new).
     *
     * @return the state as stored, with its new version, so that a use case never reads back what it just wrote (a
     *         census of a large estate is megabytes)
     */
    CensusState save(CensusState state);

    /** The rounds of the estate, oldest month first. */
    List<CensusState> ofEstate(EstateId estate);
}
