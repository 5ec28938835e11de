package io.steward.testkit.contract;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract tests over {@link Adapters} share: the implementation under test, opened before each test, and
 * running a step in one of its transactions.
 */
public abstract class AdaptersContract {
    /** The implementation under test. */
    protected abstract Adapters adapters();

    /** The adapters of the running test. */
    protected Adapters a;

    @BeforeEach
    final void openAdapters() {
        a = adapters();
    }

    protected <T> T tx(Supplier<T> work) {
        return a.transactions().inTransaction(work);
    }

    protected void tx(Runnable work) {
        Samples.inTransaction(a.transactions(), work);
    }
}
