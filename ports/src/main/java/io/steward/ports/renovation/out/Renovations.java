package io.steward.ports.renovation.out;

import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.shared.EstateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The renovations (versioned state). A unit has at most one active renovation: {@link #save} of an active one for a
 * unit whose active slot another renovation holds is a technical conflict, so two applications filed at once cannot
 * both stand.
 */
public interface Renovations {
    Optional<RenovationState> find(RenovationId id);

    RenovationState save(RenovationState state);

    /** The unit's active renovation, if any. */
    Optional<RenovationState> active(UnitId unit);

    /** The estate's renovations in one of {@code statuses}, oldest application first. */
    List<RenovationState> ofEstate(EstateId estate, Set<RenovationStatus> statuses);

    /** DEP-04: the estate's COMPLETED renovations whose refund is due on or before {@code day}, earliest first. */
    List<RenovationState> refundsDue(EstateId estate, LocalDate day);
}
