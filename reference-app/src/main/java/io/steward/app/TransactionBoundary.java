package io.steward.app;

import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Where a JTA transaction begins, or is joined; a runtime exception rolls it back. */
@Dependent
public class TransactionBoundary {
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T required(Supplier<T> work) {
        return work.get();
    }
}
