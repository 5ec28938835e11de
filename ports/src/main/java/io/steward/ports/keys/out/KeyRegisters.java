package io.steward.ports.keys.out;

import io.steward.ports.shared.EstateId;
import java.util.Optional;

/** The key registers, one per estate. */
public interface KeyRegisters {
    Optional<KeyRegisterState> find(EstateId estate);

    /**
     * Optimistic write of the designation and the deputies (version 0 = a new register); never changes
     * {@code lastNumber}. Answers the register as stored.
     */
    KeyRegisterState save(KeyRegisterState state);

    /**
     * KEY-02: the next number of the estate's register. The register stays locked until the transaction ends, so
     * concurrent registrations wait for each other: a number is used when its transaction commits and given again
     * when it rolls back — the numbers have neither gaps nor duplicates.
     *
     * @throws io.steward.ports.shared.NotFound when the estate has no register yet
     */
    long nextNumber(EstateId estate);
}
