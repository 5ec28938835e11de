package io.steward.ports.renovation.in;

import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.shared.EstateId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Reading renovations: one with its timeline, an estate's, the approvals waiting, the rounds missing. */
public interface BrowseRenovations {
    RenovationView renovation(RenovationId id);

    /** The estate's renovations of {@code status} (null: the active ones), oldest application first. */
    List<RenovationView> ofEstate(EstateId estate, RenovationStatus status);

    /** REN-02: the applications waiting for approval, earliest due first, with the overdue ones flagged before. */
    List<ApprovalDue> awaitingApproval(EstateId estate);

    /** REN-08: renovations in works on {@code day} without a round of one or more departments that day. */
    List<MissingRounds> missingRounds(EstateId estate, LocalDate day);

    /** @param dueWithinHours hours left until the due time (negative: overdue by that many) */
    record ApprovalDue(RenovationId renovation, UnitId unit, Instant appliedAt, Instant due, boolean overdue,
                       long dueWithinHours, Set<Department> signed) {
    }

    record MissingRounds(RenovationId renovation, UnitId unit, LocalDate day, Set<Department> missing) {
    }
}
