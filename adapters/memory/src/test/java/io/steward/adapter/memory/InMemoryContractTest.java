package io.steward.adapter.memory;

import io.steward.testkit.contract.Adapters;
import io.steward.testkit.contract.PortsContract;

/** The in-memory adapter passes every out-port contract. */
class InMemoryContractTest extends PortsContract {
    @Override
    protected Adapters adapters() {
        InMemory m = new InMemory();
        return new Adapters(m.transactions, m.estates, m.layouts, m.units, m.history, m.roster, m.archives, m.handovers,
                m.ledger, m.audit, m.roles, m.idempotency, m.passes, m.censuses, m.approvals, m.incidents, m.meters,
                m.transfers, m.keyRegisters, m.keys, m.keyMovements, m.forcedEntries, m.deposits, m.depositLedger,
                m.parkingRentals, m.priceLists, m.renovations);
    }
}
