package io.steward.domain.deposits;

import io.steward.ports.deposits.out.Deposits;
import io.steward.ports.deposits.out.Ledger;
import io.steward.ports.estate.in.UnitDirectory;
import java.util.Objects;

/**
 * The repositories of the deposits context, handed over by the composition root; what it needs to know of the estate
 * (units, fee arrears, open charges, the estate's deposit rules) it asks the estate's published {@link UnitDirectory},
 * which the assembly connects.
 */
public record DepositStore(Deposits deposits, Ledger ledger, UnitDirectory estate) {
    /** The context's own out-ports; the assembly connects the estate's read port. */
    public DepositStore(Deposits deposits, Ledger ledger) {
        this(deposits, ledger, null);
    }

    public DepositStore {
        Objects.requireNonNull(deposits, "deposits");
        Objects.requireNonNull(ledger, "ledger");
    }

    /** The same store, asking {@code estate} about units and fees. */
    public DepositStore connectedTo(UnitDirectory estate) {
        return new DepositStore(deposits, ledger, Objects.requireNonNull(estate, "the estate's directory"));
    }

    @Override
    public UnitDirectory estate() {
        return io.steward.domain.shared.Connections.connected(estate, "deposits");
    }
}
