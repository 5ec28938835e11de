package io.steward.ports.shared.out;

import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import java.time.Instant;

/**
 * Stored state of an approval: the request (purpose, subject, reason, who asked and when), the decision (who, in which
 * role, when, with what note, valid until when) and its use (the act that consumed it, and when). {@code actedFirst}
 * marks an act done before its approval under an emergency override.
 */
public record ApprovalState(ApprovalId id, EstateId estate, String purpose, String subject, String detail, String reason,
                            String requestedBy, Instant requestedAt, ApprovalStatus status, String decidedBy,
                            Role decidedAs, Instant decidedAt, String decisionNote, Instant expiresAt, String consumedBy,
                            Instant consumedAt, boolean actedFirst, long version) implements Versioned<ApprovalState> {

    /** The same approval as stored under {@code version}: what an adapter answers after a write. */
    @Override
    public ApprovalState withVersion(long version) {
        return new ApprovalState(id, estate, purpose, subject, detail, reason, requestedBy, requestedAt, status, decidedBy,
                decidedAs, decidedAt, decisionNote, expiresAt, consumedBy, consumedAt, actedFirst, version);
    }
}
