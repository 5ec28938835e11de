package io.steward.domain.renovation;

import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.OpenObligations;
import java.util.List;
import java.util.Set;

/**
 * EST-07 seen from the renovations: an active renovation of the unit — applied for, agreed, paid or in works, or
 * accepted with its deposit's refund to come — is an obligation a transfer disposes of explicitly. It is never settled
 * by a word at the desk: the renovation is withdrawn, cancelled or settled first, or the new owner takes it over (the
 * renovation stays the unit's; its deposit follows the deposits' own obligation). Works in progress refuse the
 * transfer outright (the unit is RENOVATING, EST-02).
 */
final class RenovationObligations implements OpenObligations {
    /** The renovation obligation's code. */
    static final Obligation RENOVATION_OPEN = Obligation.of("RENOVATION_OPEN");
    private static final Declared DECLARED = new Declared(RENOVATION_OPEN,
            "the renovation is withdrawn, cancelled or settled first (DEP-04), or the new owner takes it over");

    private final RenovationStore store;

    RenovationObligations(RenovationStore store) {
        this.store = store;
    }

    @Override
    public List<Declared> declared() {
        return List.of(DECLARED);
    }

    @Override
    public Set<Obligation> of(UnitId unit) {
        return store.renovations().active(unit).isPresent() ? Set.of(RENOVATION_OPEN) : Set.of();
    }
}
