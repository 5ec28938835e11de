package io.steward.testkit.contract;

import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.EstateState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.EstateId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract tests over {@link Adapters} share: the implementation under test, opened before each test, running
 * a step in one of its transactions, and the rows other rows refer to. A row names an estate or a unit that exists, as
 * the domain writes them: a database with foreign keys refuses any other, so a fixture never makes an orphan look normal.
 */
public abstract class AdaptersContract {
    private static final AtomicInteger UNIT_NUMBERS = new AtomicInteger();

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

    /** A new estate, stored. */
    protected EstateState newEstate() {
        EstateState estate = Samples.estate();
        tx(() -> a.estates().save(estate));
        return estate;
    }

    /** A new unit of {@code estate}, stored. */
    protected UnitId newUnit(EstateId estate) {
        UnitState unit = Samples.unit(estate, "u", String.format("%04d", UNIT_NUMBERS.incrementAndGet() % 10_000));
        tx(() -> a.units().insertAll(List.of(unit)));
        return unit.id();
    }
}
