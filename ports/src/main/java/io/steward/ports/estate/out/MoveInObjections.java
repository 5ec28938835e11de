package io.steward.ports.estate.out;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.Refusal;
import java.util.List;

/**
 * EST-05: what another context says stands in the way of someone moving into a unit — a key the owner entrusted for the
 * vacant unit and the company still holds (KEY-04). A move-in asks every one it was given, inside its own transaction,
 * and is refused with the first objection. Implemented by the context that objects, handed to the move-in by the domain
 * assembly.
 */
public interface MoveInObjections {
    /** The refusals that stand in the way of a move-in into the unit now; empty when nothing does. */
    List<Refusal> toMoveIn(UnitId unit);
}
