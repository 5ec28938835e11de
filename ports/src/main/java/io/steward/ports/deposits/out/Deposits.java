package io.steward.ports.deposits.out;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The deposits of the estates: versioned state ({@link io.steward.ports.shared.out.Versioned}). */
public interface Deposits {
    Optional<DepositState> find(DepositId id);

    /**
     * Many deposits at once (a list), by id; ids with no deposit are left out. An adapter answers it in a few
     * statements; this default asks one by one.
     */
    default java.util.Map<DepositId, DepositState> findAll(java.util.Collection<DepositId> ids) {
        java.util.Map<DepositId, DepositState> all = new java.util.HashMap<>();
        for (DepositId id : ids) {
            find(id).ifPresent(d -> all.put(id, d));
        }
        return all;
    }

    /**
     * The deposit as stored now, held until the transaction ends: a money operation reads its deposit this way, so
     * that of two operations on one deposit the second sees what the first left (a settlement among them).
     */
    Optional<DepositState> lock(DepositId id);

    /** Stores the deposit when its version is the stored one; answers it as stored. */
    DepositState save(DepositState state);

    /** The estate's deposits of {@code status} (null: any), oldest first. */
    Page<DepositState> ofEstate(EstateId estate, DepositStatus status, PageRequest page);

    /** The unit's deposits, oldest first. */
    List<DepositState> ofUnit(UnitId unit);
}
