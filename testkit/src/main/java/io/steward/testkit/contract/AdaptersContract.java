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

    /**
     * {@code call} is refused with {@code code}: the contracts compare codes, so that two adapters cannot answer the
     * same case differently (a class alone would let one say "duplicate" and another "constraint-violated").
     */
    protected static void refusedAs(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).isInstanceOf(io.steward.ports.shared.Refusal.class)
                .extracting(t -> ((io.steward.ports.shared.Refusal) t).code()).isEqualTo(code);
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
