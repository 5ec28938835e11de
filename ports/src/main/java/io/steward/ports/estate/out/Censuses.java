package io.steward.ports.estate.out;

import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.CensusLine;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Monthly occupancy census rounds (EST-03) and their lines, one per unit, keyed by the unit's code. A write stores the
 * round and the lines that changed, so its cost follows the batch, never the size of the estate.
 */
public interface Censuses {
    Optional<CensusState> find(CensusId id);

    /**
     * Optimistic write of the round: stores when the stored version equals {@code state.version()} (0 = new), with
     * {@code lines} — every line of a new round, the changed ones of a stored round — put by unit code.
     *
     * @return the round as stored, with its new version, so that a use case never reads back what it just wrote
     */
    CensusState save(CensusState state, List<CensusLine> lines);

    /** The round's lines of the units with these codes (the codes it has no line for are left out), by code. */
    List<CensusLine> lines(CensusId id, Collection<String> unitCodes);

    /** The round's lines ordered by unit code, a page at a time; {@code uncheckedOnly} leaves out the checked ones. */
    Page<CensusLine> lines(CensusId id, boolean uncheckedOnly, PageRequest page);

    /** Every line of the round, by unit code (the report reads each once). */
    List<CensusLine> lines(CensusId id);

    /** The rounds of the estate, oldest month first. */
    List<CensusState> ofEstate(EstateId estate);
}
