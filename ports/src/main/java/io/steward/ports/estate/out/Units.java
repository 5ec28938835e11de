package io.steward.ports.estate.out;

import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Repository of units. A unit's code is unique in its estate. */
public interface Units {
    Optional<UnitState> find(UnitId id);

    Optional<UnitState> findByCode(EstateId estate, String code);

    /** Inserts new units (version 0) in bulk: all or nothing; a code already taken is a {@code Conflict}. */
    void insertAll(List<UnitState> units);

    /**
     * Optimistic write: stores when the stored version equals {@code state.version()} (0 = new).
     *
     * @return the state as stored, with its new version, so that a use case never reads back what it just wrote
     */
    UnitState save(UnitState state);

    /** Units of an estate ordered by code, optionally of one building and/or occupancy. */
    Page<UnitState> list(EstateId estate, String building, Occupancy occupancy, PageRequest page);

    Map<Occupancy, Long> countByOccupancy(EstateId estate);

    /**
     * The registered occupancy of each of {@code codes} that names a unit of the estate, in one read (a census batch
     * checks thousands of units; a lookup per unit was a query per unit).
     */
    Map<String, Occupancy> occupancies(EstateId estate, java.util.Collection<String> codes);

    /** Every unit code of the estate (a layout import checks its new codes against them). */
    Set<String> codes(EstateId estate);
}
