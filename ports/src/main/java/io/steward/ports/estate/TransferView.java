package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An ownership transfer (EST-07) as callers see it: the title, the new owner (name masked, EST-08), the old owner's
 * charges after the transfer date credited back and what becomes of that credit (refunded to the old owner, or carried
 * to the new owner by their recorded agreement), the new owner's charges and the prepayment they need, and every
 * disposition.
 *
 * @param refundDue          the old owner's credit refunded to them (a refund owed, paid out by the cashier)
 * @param creditCarried      the old owner's credit carried to the new owner, by the agreement {@code creditAgreement}
 * @param managementDue      the new owner's management fee (物管费) for the estate's prepaid months
 * @param prepaymentRequired what the new owner pays at least now: the management fee less any credit carried to them
 */
public record TransferView(TransferId id, UnitId unit, TransferStage stage, String titleCertificate, LocalDate transferDate,
                           String newOwnerName, ArchiveId previousOwner, ArchiveId newOwner,
                           Map<Obligation, Disposition> dispositions, String creditAgreement, List<TransferCredit> credits,
                           Fen refundDue, Fen creditCarried, List<PeriodFee> charges, Fen managementDue,
                           Fen prepaymentRequired, Fen prepaid, LocalDate prepaidThrough, String receipt, String requestedBy,
                           Instant requestedAt, String completedBy, Instant completedAt, String cancelReason, long version) {
    public TransferView {
        dispositions = Map.copyOf(dispositions);
        credits = List.copyOf(credits);
        charges = List.copyOf(charges);
    }
}
