package io.steward.adapter.memory;

import io.steward.ports.estate.TransferId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.OwnershipTransfers;
import io.steward.ports.estate.out.TransferState;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Ownership transfers in memory. */
public final class InMemoryOwnershipTransfers implements OwnershipTransfers {
    private final VersionedTable<TransferId, TransferState> table;

    public InMemoryOwnershipTransfers(MemoryTransactions tx) {
        table = new VersionedTable<>("transfer", TransferState::id, tx);
    }

    @Override
    public Optional<TransferState> find(TransferId id) {
        return table.find(id);
    }

    @Override
    public TransferState save(TransferState state) {
        return table.save(state);
    }

    @Override
    public List<TransferState> ofUnit(UnitId unit) {
        return table.where(t -> t.unit().equals(unit)).stream().sorted(Comparator.comparing(TransferState::requestedAt)).toList();
    }
}
