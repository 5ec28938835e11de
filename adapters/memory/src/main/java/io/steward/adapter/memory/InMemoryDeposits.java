package io.steward.adapter.memory;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.out.DepositState;
import io.steward.ports.deposits.out.Deposits;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Deposits in memory. */
public final class InMemoryDeposits implements Deposits {
    private static final Comparator<DepositState> ORDER = Comparator.comparing(DepositState::collectedAt)
            .thenComparing(d -> d.id().toString());
    private final VersionedTable<DepositId, DepositState> table;

    public InMemoryDeposits(MemoryTransactions tx) {
        table = new VersionedTable<>("deposit", DepositState::id, tx);
    }

    @Override
    public Optional<DepositState> find(DepositId id) {
        return table.find(id);
    }

    /** Transactions in memory are serialised: holding the deposit is reading it. */
    @Override
    public Optional<DepositState> lock(DepositId id) {
        return table.find(id);
    }

    @Override
    public DepositState save(DepositState state) {
        return table.save(state);
    }

    @Override
    public Page<DepositState> ofEstate(EstateId estate, DepositStatus status, PageRequest page) {
        return Page.of(table.where(d -> d.estate().equals(estate) && (status == null || d.status() == status)).stream()
                .sorted(ORDER).toList(), page);
    }

    @Override
    public List<DepositState> ofUnit(UnitId unit) {
        return table.where(d -> d.unit().equals(unit)).stream().sorted(ORDER).toList();
    }
}
