package io.steward.ports.estate.in;

import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.TransferId;
import io.steward.ports.estate.TransferView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * EST-07 转让 (004 §21): the unit changes owner, in two acts.
 * <ol>
 *   <li>The front desk records it (FRONT_DESK), dated today or, with the project manager's approval, earlier: the new
 *       title certificate; the old owner moved out (the unit is not
 *       theirs to live in any more) and no renovation is open; the meters read on or after the transfer date and every
 *       charge up to it settled; the old owner's charges for the days from the transfer date on credited back, computed
 *       from the schedule, and that credit — like every other open obligation (a tenancy, open handover defects, keys
 *       entrusted …) — given an explicit disposition: refunded to the old owner ({@code SETTLED}), or carried to the new
 *       owner ({@code MOVED_TO_NEW_OWNER}) by their recorded agreement; the new owner's archive data (birthday and
 *       emergency mobile included) and signed safety/fire responsibility letter.</li>
 *   <li>The cashier records the new owner's prepayment of at least half a year of the management fee (物管费, the
 *       estate's prepaid months), less any credit carried to them (CASHIER): the credits, the refund owed, the new owner's
 *       charges and their payment are posted; the old archive is marked transferred with the date, the new one opened,
 *       the roster updated. Until then the transfer can be cancelled.</li>
 * </ol>
 */
public interface TransferOwnership {
    TransferView transfer(UnitId unit, Transfer transfer);

    TransferView recordPrepayment(TransferId transfer, Prepayment prepayment);

    TransferView cancel(TransferId transfer, String reason);

    TransferView find(TransferId transfer);

    List<TransferView> ofUnit(UnitId unit);

    /**
     * @param creditAgreement the recorded agreement of old and new owner by which the old owner's credit is carried to
     *                        the new owner (needed for FEE_CREDIT → MOVED_TO_NEW_OWNER)
     * @param backdating      the project manager's approval of a transfer date before today
     *                        ({@link io.steward.ports.estate.EstateApprovals#BACKDATED_TRANSFER}, detail: the date)
     */
    record Transfer(String titleCertificate, LocalDate transferDate, PersonalData newOwner, String safetyLetter,
                    Map<Obligation, Disposition> dispositions, String creditAgreement, io.steward.ports.shared.ApprovalId backdating) {
        public Transfer {
            titleCertificate = Texts.required(titleCertificate, "the new title certificate (房产证) number");
            if (transferDate == null || newOwner == null) {
                throw new InvalidInput("transfer date and the new owner's data are required");
            }
            safetyLetter = Texts.required(safetyLetter, "the new owner's signed safety/fire responsibility letter");
            dispositions = dispositions == null ? Map.of() : Map.copyOf(dispositions);
            creditAgreement = Texts.optional(creditAgreement);
        }
    }

    /** What the new owner paid at the cashier now, against the receipt (none when nothing is required and nothing paid). */
    record Prepayment(Fen amount, String receipt) {
        public Prepayment {
            if (amount == null) {
                throw new InvalidInput("the amount paid is required (0 when nothing is due)");
            }
            receipt = Texts.optional(receipt);
            if (!amount.isZero() && receipt == null) {
                throw new InvalidInput("a payment needs its receipt number");
            }
        }
    }
}
