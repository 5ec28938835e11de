package io.steward.ports.estate;

import io.steward.ports.shared.ApprovalPurpose;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The approvals the estate context asks for (the shared mechanism of {@link io.steward.ports.shared.in.Approve}). */
public final class EstateApprovals {
    private EstateApprovals() {
    }

    private static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(Role.OWNER, Role.TENANT));

    /**
     * DEP-06: a line of a unit's fee account is reversed only as a correction approved by the project manager, never
     * as a way out of arrears; subject: the fee line.
     */
    public static final ApprovalPurpose FEE_REVERSAL = new ApprovalPurpose("fees.reversal", "DEP-06", "fee-line",
            "the project manager approves reversing the fee line as a correction", Set.of(Role.CASHIER),
            Set.of(Role.PROJECT_MANAGER), Duration.ofDays(7), true, false);

    /**
     * EST-04: a handover is dated the day it is recorded; an earlier date needs the project manager's approval;
     * subject: the handover, detail: the date (YYYY-MM-DD).
     */
    public static final ApprovalPurpose BACKDATED_HANDOVER = new ApprovalPurpose("handover.back-date", "EST-04", "handover",
            "the project manager approves dating the handover before the day it is recorded",
            Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER), Set.of(Role.PROJECT_MANAGER), Duration.ofDays(7), true, false);

    /**
     * EST-08: giving an archive's personal data to someone outside the company needs company leadership's approval, for
     * one disclosure to the recipient named in the detail; subject: the archive.
     */
    public static final ApprovalPurpose DISCLOSE_PERSONAL_DATA = new ApprovalPurpose("personal-data.disclose", "EST-08",
            "archive", "company leadership approves giving the archive's personal data to the named recipient outside the "
            + "company", STAFF, Set.of(Role.COMPANY_GM), Duration.ofDays(7), true, false);

    /**
     * EST-07: a transfer is dated the day it is recorded; an earlier date (the day on the title deed, before the desk
     * heard of it) needs the project manager's approval, since the old owner's later days are credited back from it;
     * subject: the unit, detail: the date (YYYY-MM-DD).
     */
    public static final ApprovalPurpose BACKDATED_TRANSFER = new ApprovalPurpose("transfer.back-date", "EST-07", "unit",
            "the project manager approves dating the transfer before the day it is recorded",
            Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER), Set.of(Role.PROJECT_MANAGER), Duration.ofDays(7), true, false);

    public static List<ApprovalPurpose> all() {
        return List.of(FEE_REVERSAL, BACKDATED_HANDOVER, BACKDATED_TRANSFER, DISCLOSE_PERSONAL_DATA);
    }
}
