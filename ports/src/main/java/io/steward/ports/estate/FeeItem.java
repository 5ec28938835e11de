package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import java.util.Set;

/**
 * One line of an estate's published fee schedule (DEP-02: the cashier computes from the schedule, not by hand).
 *
 * @param code      stable code, e.g. {@code MGMT}
 * @param name      what the owner sees, e.g. 物业管理费
 * @param basis     how it is computed
 * @param rate      the rate in fen (per m² per month, or per unit per month)
 * @param unitKinds the kinds of unit it applies to; empty = all
 */
public record FeeItem(String code, String name, FeeBasis basis, Fen rate, Set<UnitKind> unitKinds) {
    public FeeItem {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("fee item code is required");
        }
        if (basis == null || rate == null) {
            throw new InvalidInput("fee item " + code + " needs a basis and a rate");
        }
        name = name == null || name.isBlank() ? code : name;
        unitKinds = unitKinds == null ? Set.of() : Set.copyOf(unitKinds);
    }

    public boolean appliesTo(UnitKind kind) {
        return unitKinds.isEmpty() || unitKinds.contains(kind);
    }

    /** One month of this fee for a unit of that area, rounded half up to the fen. */
    public Fen monthly(Area area) {
        return switch (basis) {
            case PER_UNIT_MONTH -> rate;
            case PER_SQUARE_METRE_MONTH -> Fen.of(Math.addExact(Math.multiplyExact(rate.value(), area.hundredths()), 50) / 100);
        };
    }
}
