package io.steward.ports.estate.out;

import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Handovers (EST-04). */
public interface Handovers {
    Optional<HandoverState> find(HandoverId id);

    /**
     * Optimistic write: stores when the stored version equals {@code state.version()} (0 = new).
     *
     * @return the state as stored, with its new version, so that a use case never reads back what it just wrote
     */
    HandoverState save(HandoverState state);

    /** Every handover of the unit, oldest first. */
    List<HandoverState> ofUnit(UnitId unit);

    /** Handovers of the estate whose {@link HandoverState#reportDate() report date} falls in the range (inclusive). */
    List<HandoverState> ofEstate(EstateId estate, LocalDate from, LocalDate to);
}
