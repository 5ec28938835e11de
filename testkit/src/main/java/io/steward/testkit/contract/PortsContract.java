package io.steward.testkit.contract;

import org.junit.jupiter.api.Nested;

/**
 * The contract matrix: every out-port contract, run against one implementation. An adapter's test extends this once
 * for each database it supports, naming how to open its {@link Adapters}; a new context adds its contract here, in one
 * nested class, and every adapter runs it.
 */
public abstract class PortsContract {
    /** The implementation under test. */
    protected abstract Adapters adapters();

    @Nested
    class Estate extends EstatePortsContract {
        @Override
        protected Adapters adapters() {
            return PortsContract.this.adapters();
        }
    }

    @Nested
    class Shared extends SharedPortsContract {
        @Override
        protected Adapters adapters() {
            return PortsContract.this.adapters();
        }
    }

    @Nested
    class Keys extends KeyPortsContract {
        @Override
        protected Adapters adapters() {
            return PortsContract.this.adapters();
        }
    }

    @Nested
    class Emergency extends EmergencyPortsContract {
        @Override
        protected Adapters adapters() {
            return PortsContract.this.adapters();
        }
    }

    @Nested
    class Deposits extends DepositPortsContract {
        @Override
        protected Adapters adapters() {
            return PortsContract.this.adapters();
        }
    }

    @Nested
    class Parking extends ParkingPortsContract {
        @Override
        protected Adapters adapters() {
            return PortsContract.this.adapters();
        }
    }

    @Nested
    class Renovation extends RenovationPortsContract {
        @Override
        protected Adapters adapters() {
            return PortsContract.this.adapters();
        }
    }
}
