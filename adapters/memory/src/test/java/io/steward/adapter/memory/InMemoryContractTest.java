package io.steward.adapter.memory;

import io.steward.testkit.contract.Adapters;
import io.steward.testkit.contract.EmergencyPortsContract;
import io.steward.testkit.contract.EstatePortsContract;
import io.steward.testkit.contract.KeyAdapters;
import io.steward.testkit.contract.KeyPortsContract;
import io.steward.testkit.contract.SharedPortsContract;
import org.junit.jupiter.api.Nested;

/** The in-memory adapter passes the out-port contracts. */
class InMemoryContractTest {
    static Adapters adapters() {
        InMemory m = new InMemory();
        return new Adapters(m.transactions, m.estates, m.layouts, m.units, m.history, m.roster, m.archives, m.handovers,
                m.ledger, m.audit, m.roles, m.idempotency, m.passes, m.censuses, m.approvals, m.incidents, m.meters,
                m.transfers);
    }

    @Nested
    class EstatePorts extends EstatePortsContract {
        @Override
        protected Adapters adapters() {
            return InMemoryContractTest.adapters();
        }
    }

    @Nested
    class SharedPorts extends SharedPortsContract {
        @Override
        protected Adapters adapters() {
            return InMemoryContractTest.adapters();
        }
    }

    @Nested
    class EmergencyPorts extends EmergencyPortsContract {
        @Override
        protected Adapters adapters() {
            return InMemoryContractTest.adapters();
        }
    }

    @Nested
    class KeyPorts extends KeyPortsContract {
        @Override
        protected KeyAdapters adapters() {
            InMemory m = new InMemory();
            return new KeyAdapters(m.transactions, m.keyRegisters, m.keys, m.keyMovements, m.forcedEntries);
        }
    }
}
