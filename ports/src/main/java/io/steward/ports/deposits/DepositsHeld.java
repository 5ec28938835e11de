package io.steward.ports.deposits;

import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.util.List;

/**
 * DEP-06: what an estate holds in deposits, per purpose and per kind of holder (the owners', the contractors', the
 * tenants'), and in all: how many deposits, what they hold, what is withheld and what is still available.
 */
public record DepositsHeld(EstateId estate, List<Line> lines, Line total) {
    public DepositsHeld {
        lines = List.copyOf(lines);
    }

    /** One purpose and holder kind; the total's purpose and holder kind are null. */
    public record Line(DepositPurpose purpose, HolderKind holderKind, long deposits, Fen held, Fen withheld,
                       Fen available) {
        /** No deposit yet, of the purpose and holder kind (both null: the total). */
        public static Line none(DepositPurpose purpose, HolderKind holderKind) {
            return new Line(purpose, holderKind, 0, Fen.ZERO, Fen.ZERO, Fen.ZERO);
        }

        /** This line with one more deposit, as {@code d} shows it. */
        public Line counting(DepositView d) {
            return new Line(purpose, holderKind, deposits + 1, held.plus(d.held()), withheld.plus(d.withheld()),
                    available.plus(d.available()));
        }
    }
}
