package io.steward.app;

import io.steward.adapter.jpa.Failures;
import io.steward.ports.shared.out.Transactions;
import java.util.function.Supplier;

/**
 * The domain's unit of work on container-managed (JTA) transactions. A refusal rolls back and reaches the caller
 * unchanged; a failure at commit (a stale version, a violated constraint) is translated into the ports' refusal.
 */
final class JtaTransactions implements Transactions {
    private final TransactionBoundary boundary;

    JtaTransactions(TransactionBoundary boundary) {
        this.boundary = boundary;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return boundary.required(work).get();
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        }
    }
}
