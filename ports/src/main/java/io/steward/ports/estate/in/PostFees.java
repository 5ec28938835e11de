package io.steward.ports.estate.in;

import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The cashier posts to a unit's fee account: charges (utilities, fees for a period), payments and reversals of
 * mistakes. Lines are never edited (DEP-06). CASHIER.
 */
public interface PostFees {

    FeeAccountView charge(UnitId unit, Charge charge);

    FeeAccountView pay(UnitId unit, Payment payment);

    /** Reverses one line (charge or payment); a line is reversed at most once. */
    FeeAccountView reverse(UnitId unit, UUID line, String reason);

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
}
