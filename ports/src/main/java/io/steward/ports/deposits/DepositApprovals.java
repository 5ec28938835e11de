package io.steward.ports.deposits;

import io.steward.ports.shared.ApprovalPurpose;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.steward.ports.shared.Role.CASHIER;
import static io.steward.ports.shared.Role.ENGINEER;
import static io.steward.ports.shared.Role.FRONT_DESK;
import static io.steward.ports.shared.Role.PROJECT_GM;
import static io.steward.ports.shared.Role.PROJECT_MANAGER;
import static io.steward.ports.shared.Role.SECURITY;

/** The approvals the deposits context asks for (the shared mechanism of {@link io.steward.ports.shared.in.Approve}). */
public final class DepositApprovals {
    private DepositApprovals() {
    }

    /**
     * REN-09 / DEP-03: the project manager approves the penalty written on a violation notice, filed for deduction
     * from the deposit at refund; subject: the deposit; detail: the penalty in fen. It lasts until the refund (a year).
     */
    public static final ApprovalPurpose PENALTY = new ApprovalPurpose("deposits.penalty", "REN-09", "deposit",
            "the project manager approves the penalty on the violation notice, to be deducted from the deposit",
            Set.of(FRONT_DESK, ENGINEER, SECURITY, CASHIER), Set.of(PROJECT_MANAGER, PROJECT_GM), Duration.ofDays(366),
            true, false);

    /** DEP-06: the project manager approves reversing a posted entry of a deposit; subject: the entry. */
    public static final ApprovalPurpose REVERSAL = new ApprovalPurpose("deposits.reversal", "DEP-06", "posting",
            "the project manager approves reversing the deposit ledger entry", Set.of(CASHIER),
            Set.of(PROJECT_MANAGER, PROJECT_GM), Duration.ofDays(7), true, false);

    public static List<ApprovalPurpose> all() {
        return List.of(PENALTY, REVERSAL);
    }
}
