package io.steward.ports.renovation;

import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.LocalDate;

/** The events of the renovation context. */
public final class RenovationEvents {
    private RenovationEvents() {
    }

    /** REN-02: the application was approved (both departments signed) or rejected: the owner is told (通知客户). */
    public record Decided(EstateId estate, UnitId unit, RenovationId renovation, boolean approved) {
    }

    /** REN-07 → EST-02: works began after the entry inspection; the unit becomes RENOVATING through the estate's process. */
    public record WorksStarted(EstateId estate, UnitId unit, RenovationId renovation) {
    }

    /** REN-10 → EST-02: the works were accepted; the unit leaves RENOVATING for the status it had before. */
    public record WorksAccepted(EstateId estate, UnitId unit, RenovationId renovation, Occupancy backTo, LocalDate acceptedOn) {
    }

    /**
     * DEP-04: 3 months after the acceptance the deposit's refund is due: the owner or the renovation's responsible
     * person (the deposit's holder) is to be told, by whoever listens. The event names ids only: a listener reads whom to
     * tell from the renovation and its deposit, under its own grant (EST-08).
     */
    public record RefundDue(EstateId estate, UnitId unit, RenovationId renovation, io.steward.ports.deposits.DepositId deposit,
                            LocalDate dueOn) {
    }
}
