package io.steward.ports.estate.out;

import io.steward.ports.estate.CensusId;
import io.steward.ports.shared.EstateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Monthly occupancy census rounds (EST-03). */
public interface Censuses {
    Optional<CensusState> find(CensusId id);

    /** Optimistic write. */
    void save(CensusState state);

    /** The rounds of the estate, oldest month first. */
    List<CensusState> ofEstate(EstateId estate);
}
