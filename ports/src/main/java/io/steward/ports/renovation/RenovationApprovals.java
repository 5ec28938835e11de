package io.steward.ports.renovation;

import io.steward.ports.shared.ApprovalPurpose;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.steward.ports.shared.Role.CASHIER;
import static io.steward.ports.shared.Role.FRONT_DESK;
import static io.steward.ports.shared.Role.PROJECT_GM;
import static io.steward.ports.shared.Role.PROJECT_MANAGER;

/** The approvals the renovation context asks for (the shared mechanism of {@link io.steward.ports.shared.in.Approve}). */
public final class RenovationApprovals {
    private RenovationApprovals() {
    }

    /**
     * DEP-04: the project manager signs the refund (退还同意表) of what is refundable; subject: the renovation; detail:
     * the refundable amount in fen, so that an approval of one amount never refunds another.
     */
    public static final ApprovalPurpose REFUND = new ApprovalPurpose("renovation.refund", "DEP-04", "renovation",
            "the project manager approves refunding the renovation deposit, less its deductions",
            Set.of(FRONT_DESK, CASHIER), Set.of(PROJECT_MANAGER, PROJECT_GM), Duration.ofDays(30), true, false);

    public static List<ApprovalPurpose> all() {
        return List.of(REFUND);
    }
}
