package io.steward.ports.estate.in;

import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.TransferView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import java.time.LocalDate;
import java.util.Map;

/**
 * EST-07 转让: the unit changes owner. The new title certificate is shown; the old owner has settled every charge
 * up to the transfer date; the new owner prepays at least the estate's prepaid months (half a year by default),
 * opens a new archive and signs the safety/fire responsibility letter; the old archive is marked transferred with
 * the date and the roster updated. Every open obligation of the old owner gets an explicit disposition.
 * FRONT_DESK records it; the prepayment is the cashier's receipt.
 */
public interface TransferOwnership {
    TransferView transfer(UnitId unit, Transfer transfer);

    record Transfer(String titleCertificate, LocalDate transferDate, PersonalData newOwner, String safetyLetter,
                    Fen prepayment, String receipt, Map<Obligation, Disposition> dispositions) {
        public Transfer {
            if (titleCertificate == null || titleCertificate.isBlank()) {
                throw new InvalidInput("the new title certificate (房产证) number is required");
            }
            if (transferDate == null || newOwner == null) {
                throw new InvalidInput("transfer date and the new owner's data are required");
            }
            if (safetyLetter == null || safetyLetter.isBlank()) {
                throw new InvalidInput("the new owner's signed safety/fire responsibility letter is required");
            }
            if (prepayment == null || receipt == null || receipt.isBlank()) {
                throw new InvalidInput("the new owner's prepayment and its receipt are required");
            }
            dispositions = dispositions == null ? Map.of() : Map.copyOf(dispositions);
        }
    }
}
