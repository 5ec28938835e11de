package io.steward.adapter.jpa;

import io.steward.ports.estate.TransferId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.OwnershipTransfers;
import io.steward.ports.estate.out.TransferState;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Ownership transfers (EST-07) as versioned documents, keyed by unit. */
public final class JpaOwnershipTransfers implements OwnershipTransfers {
    private final Documents<TransferState> docs;

    public JpaOwnershipTransfers(EntityManagerSource source) {
        docs = new Documents<>(source, "TRANSFER", TransferState.class, Comparator.comparing(TransferState::requestedAt));
    }

    @Override
    public Optional<TransferState> find(TransferId id) {
        return docs.find(id.toString());
    }

    @Override
    public TransferState save(TransferState s) {
        TransferState stored = s.withVersion(s.version() + 1);
        docs.save(s.id().toString(), s.estate().toString(), s.unit().toString(), s.transferDate(), s.version(), stored);
        return stored;
    }

    @Override
    public List<TransferState> ofUnit(UnitId unit) {
        return docs.byOwner(unit.toString());
    }
}
