package io.steward.ports.estate.out;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.PeriodFee;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.TransferCredit;
import io.steward.ports.estate.TransferId;
import io.steward.ports.estate.TransferStage;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Stored state of an ownership transfer (EST-07); see {@link io.steward.ports.estate.TransferView}. */
public record TransferState(TransferId id, EstateId estate, UnitId unit, TransferStage stage, String titleCertificate,
                            LocalDate transferDate, PersonalData newOwner, String safetyLetter,
                            Map<Obligation, Disposition> dispositions, String creditAgreement, ArchiveId previousOwner,
                            ArchiveId newOwnerArchive, List<TransferCredit> credits, Fen refundDue, Fen creditCarried,
                            List<PeriodFee> charges, Fen managementDue, Fen prepaymentRequired, Fen prepaid, String receipt,
                            String requestedBy, Instant requestedAt, String completedBy, Instant completedAt,
                            String cancelReason, long version) {
    public TransferState {
        dispositions = dispositions == null ? Map.of() : Map.copyOf(dispositions);
        credits = credits == null ? List.of() : List.copyOf(credits);
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    public TransferState withVersion(long version) {
        return new TransferState(id, estate, unit, stage, titleCertificate, transferDate, newOwner, safetyLetter, dispositions,
                creditAgreement, previousOwner, newOwnerArchive, credits, refundDue, creditCarried, charges, managementDue,
                prepaymentRequired, prepaid, receipt, requestedBy, requestedAt, completedBy, completedAt, cancelReason, version);
    }
}
