package io.steward.ports.estate;

import io.steward.ports.shared.Role;

/** EST-08: what is asked for, and who may approve it. */
public enum AccessGrantKind {
    /** Read an archive unmasked inside the company: the archivist approves. */
    READ(Role.ARCHIVIST),
    /** Give owner data to someone outside the company: company leadership approves. */
    DISCLOSE(Role.COMPANY_GM);

    private final Role approver;

    AccessGrantKind(Role approver) {
        this.approver = approver;
    }

    public Role approver() {
        return approver;
    }
}
