package io.steward.domain.shared;

import io.steward.ports.shared.SharedRefusals;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalPurpose;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.in.Approve;
import io.steward.ports.shared.out.ApprovalState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One approval and its state machine: PENDING → APPROVED or DECLINED by a person who holds an approving role, never
 * the one who asked; APPROVED → CONSUMED by the one act it allows, before it expires. An act done first under an
 * emergency override starts consumed and PENDING, and is ratified (CONSUMED, decided) or declined afterwards.
 */
final class Approval {
    private ApprovalState s;

    Approval(ApprovalState state) {
        this.s = state;
    }

    static Approval request(Approve.Request r, Actor actor, Instant at) {
        return new Approval(new ApprovalState(ApprovalId.newId(), r.estate(), r.purpose(), r.subject(), r.detail(), r.reason(),
                actor.id(), at, ApprovalStatus.PENDING, null, null, null, null, null, null, null, false, 0));
    }

    /** The act was done first (KEY-11 urgency, "when unsure, call"): recorded with its reason, the approval pending. */
    static Approval actedFirst(ApprovalPurpose purpose, EstateId estate, String subject, String reason, String act, Actor actor,
                               Instant at) {
        if (!purpose.actFirst()) {
            throw SharedRefusals.APPROVAL_REQUIRED_FIRST.refuseFor(purpose.ruleId(),  purpose.description()
                    + ": the approval comes before the act", Map.of("purpose", purpose.code()));
        }
        return new Approval(new ApprovalState(ApprovalId.newId(), estate, purpose.code(), subject, null, reason, actor.id(), at,
                ApprovalStatus.PENDING, null, null, null, null, null, act, at, true, 0));
    }

    ApprovalState state() {
        return s;
    }

    /**
     * The decision, by a person who holds {@code as} (checked by the caller) and did not ask for it; a given approval
     * lasts {@code validity}.
     */
    void decide(boolean approve, ApprovalPurpose purpose, Actor approver, Role as, String note, Instant at, Duration validity) {
        if (s.status() != ApprovalStatus.PENDING) {
            throw SharedRefusals.APPROVAL_ALREADY_DECIDED.refuseFor(purpose.ruleId(),  "the approval was already decided: " + s.status(),
                    Map.of("approval", s.id().toString(), "status", s.status().name()));
        }
        if (approver.id().equals(s.requestedBy())) {
            throw SharedRefusals.SELF_APPROVAL.refuseFor(purpose.ruleId(),  "nobody approves what they asked for or did themselves",
                    Map.of("approval", s.id().toString()));
        }
        ApprovalStatus status = !approve ? ApprovalStatus.DECLINED : s.actedFirst() ? ApprovalStatus.CONSUMED : ApprovalStatus.APPROVED;
        Instant expires = approve && !s.actedFirst() ? at.plus(validity) : null;
        s = new ApprovalState(s.id(), s.estate(), s.purpose(), s.subject(), s.detail(), s.reason(), s.requestedBy(),
                s.requestedAt(), status, approver.id(), as, at, note, expires, s.consumedBy(), s.consumedAt(), s.actedFirst(),
                s.version());
    }

    /** Whether it can allow an act at {@code now}: approved, not consumed, not expired. */
    static boolean usable(ApprovalState s, Instant now) {
        return s.status() == ApprovalStatus.APPROVED && s.consumedBy() == null && s.expiresAt() != null
                && now.isBefore(s.expiresAt());
    }

    /**
     * The act named {@code act} uses the approval: it must be the right purpose, estate, subject (and detail, where
     * the act names one), approved, unexpired, unused, and the approver does not perform the act they approved.
     */
    void use(ApprovalPurpose purpose, EstateId estate, String subject, String detail, String act, Actor actor, Instant now) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("approval", s.id().toString());
        facts.put("purpose", purpose.code());
        if (!s.purpose().equals(purpose.code()) || !s.estate().equals(estate) || !s.subject().equals(subject)
                || (detail != null && !detail.equals(s.detail()))) {
            throw SharedRefusals.APPROVAL_NOT_FOR_THIS_ACT.refuseFor(purpose.ruleId(),  "approval " + s.id() + " is not for this act: "
                    + purpose.description() + " of " + subject + (detail == null ? "" : " (" + detail + ")"), facts);
        }
        if (s.status() != ApprovalStatus.APPROVED || s.consumedBy() != null) {
            facts.put("status", s.status().name());
            throw SharedRefusals.APPROVAL_NOT_GIVEN.refuseFor(purpose.ruleId(),  "approval " + s.id() + " is " + s.status()
                    + (s.consumedBy() == null ? "" : ", used by " + s.consumedBy()) + "; " + purpose.description()
                    + " needs a given, unused approval", facts);
        }
        if (!now.isBefore(s.expiresAt())) {
            facts.put("expiredAt", s.expiresAt().toString());
            throw SharedRefusals.APPROVAL_EXPIRED.refuseFor(purpose.ruleId(),  "approval " + s.id() + " expired at " + s.expiresAt(), facts);
        }
        if (actor.id().equals(s.decidedBy())) {
            throw SharedRefusals.APPROVER_CANNOT_ACT.refuseFor(purpose.ruleId(),  "the person who approved does not perform the act "
                    + "they approved", facts);
        }
        if (purpose.singleUse()) {
            s = new ApprovalState(s.id(), s.estate(), s.purpose(), s.subject(), s.detail(), s.reason(), s.requestedBy(),
                    s.requestedAt(), ApprovalStatus.CONSUMED, s.decidedBy(), s.decidedAs(), s.decidedAt(), s.decisionNote(),
                    s.expiresAt(), act, now, false, s.version());
        }
    }
}
