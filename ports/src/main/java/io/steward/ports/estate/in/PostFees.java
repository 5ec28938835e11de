package io.steward.ports.estate.in;

import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.Reading;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit's fee account at the cashier's desk: charges, payments, meter readings billed at the published rates, refunds
 * paid out, and corrections. Lines are never edited (DEP-06); a correction is a reversal the project manager approved.
 * Payments, refunds and reversals are the CASHIER's; meters are read by the cashier, the front desk or engineering.
 */
public interface PostFees {

    FeeAccountView charge(UnitId unit, Charge charge);

    FeeAccountView pay(UnitId unit, Payment payment);

    /**
     * Records the unit's meter readings and bills each metered fee of the schedule for the consumption since the
     * meter's last reading (the first reading of a meter only sets where it starts). A reading below the last one is
     * refused.
     */
    FeeAccountView readMeters(UnitId unit, MeterRound round);

    /** DEP-06: reverses one charge or payment as a correction, with a reason and the project manager's approval. */
    FeeAccountView reverse(UnitId unit, UUID line, Reversal reversal);

    /** Pays out a refund owed to a payer (a {@code REFUND_DUE} line), once, against the receipt. */
    FeeAccountView payRefund(UnitId unit, UUID refundDue, String receipt);

    record Charge(String item, Fen amount, LocalDate periodFrom, LocalDate periodTo, String reference) {
        public Charge {
            if (item == null || item.isBlank()) {
                throw new InvalidInput("charge item is required");
            }
            if (amount == null || amount.isZero()) {
                throw new InvalidInput("a charge needs a positive amount");
            }
            if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
                throw new InvalidInput("period ends before it starts");
            }
        }
    }

    record Payment(Fen amount, String receipt) {
        public Payment {
            if (amount == null || amount.isZero()) {
                throw new InvalidInput("a payment needs a positive amount");
            }
            if (receipt == null || receipt.isBlank()) {
                throw new InvalidInput("receipt number is required");
            }
        }
    }

    /** The readings of one round of a unit's meters: each names the metered fee of the schedule it belongs to. */
    record MeterRound(List<Read> readings, String reference) {
        public static final int MAX = 8;

        public MeterRound {
            readings = readings == null ? List.of() : List.copyOf(readings);
            if (readings.isEmpty() || readings.size() > MAX) {
                throw new InvalidInput("read 1 to " + MAX + " meters");
            }
            if (readings.stream().map(Read::meter).distinct().count() != readings.size()) {
                throw new InvalidInput("each meter is read once in a round");
            }
            reference = Texts.optional(reference);
        }
    }

    /** @param meter the code of the metered fee (WATER, POWER, GAS …); @param reading what it shows, in its unit */
    record Read(String meter, Reading reading) {
        public Read {
            meter = Texts.required(meter, "the meter");
            if (reading == null) {
                throw new InvalidInput("the reading of meter " + meter + " is required");
            }
        }
    }

    /** DEP-06: why the line was wrong, and the project manager's approval of the correction. */
    record Reversal(String reason, ApprovalId approval) {
        public Reversal {
            reason = Texts.required(reason, "the reason for the correction");
            if (approval == null) {
                throw new InvalidInput("a reversal names the project manager's approval of it");
            }
        }
    }
}
