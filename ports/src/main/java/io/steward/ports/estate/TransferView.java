package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import java.time.LocalDate;
import java.util.Map;

/** The result of an ownership transfer (EST-07): which archives closed and opened, the prepayment, and the dispositions. */
public record TransferView(UnitId unit, ArchiveId previousOwner, ArchiveId newOwner, LocalDate transferDate,
                           Fen prepaid, LocalDate prepaidThrough, Map<Obligation, Disposition> dispositions) {
    public TransferView {
        dispositions = Map.copyOf(dispositions);
    }
}
