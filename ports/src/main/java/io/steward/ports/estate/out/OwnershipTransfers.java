package io.steward.ports.estate.out;

import io.steward.ports.estate.TransferId;
import io.steward.ports.estate.UnitId;
import java.util.List;
import java.util.Optional;

/** Ownership transfers (EST-07). */
public interface OwnershipTransfers {
    Optional<TransferState> find(TransferId id);

    /** Optimistic write (version 0 = new); answers the transfer as stored. */
    TransferState save(TransferState state);

    /** Every transfer of the unit, oldest first. */
    List<TransferState> ofUnit(UnitId unit);
}
