package io.steward.ports.shared;

import java.time.Instant;
import java.util.Set;

/**
 * An approval as callers see it: what it is for, who asked and why, who decided in which role and when, until when
 * it can be used, and which act used it.
 *
 * @param subject    the id of the object it is about (a key, a fee line, a unit …), of the purpose's subject type
 * @param detail     what exactly is approved beyond the subject, e.g. the recipient of a disclosure or a back-dated date
 * @param actedFirst the act came first (an emergency override, with {@code reason}) and waits for ratification
 * @param usable     whether it can allow an act now: approved, unexpired and not consumed
 */
public record ApprovalView(ApprovalId id, EstateId estate, String purpose, String ruleId, String subjectType,
                           String subject, String description, String detail, String reason, Set<Role> approvers,
                           String requestedBy, Instant requestedAt, ApprovalStatus status, String decidedBy,
                           Role decidedAs, Instant decidedAt, String decisionNote, Instant expiresAt, String consumedBy,
                           Instant consumedAt, boolean actedFirst, boolean usable, long version) {
    public ApprovalView {
        approvers = Set.copyOf(approvers);
    }
}
