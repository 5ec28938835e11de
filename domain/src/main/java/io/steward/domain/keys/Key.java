package io.steward.domain.keys;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.MovementKind;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A key in the register. Its status is the state machine of {@link KeyStatus}: from the cabinet a key goes out to
 * one member of staff and comes back, or leaves custody for good; every transition is one {@link KeyMovement}.
 */
final class Key {
    /** The holder of a key in the cabinet: the register, kept locked by the designated key manager (KEY-02). */
    static final String CABINET = "cabinet";

    private KeyState s;
    private KeyMovement movement;

    Key(KeyState state) {
        this.s = state;
    }

    /** KEY-02: a new key in the cabinet under the register's next number. */
    static Key register(EstateId estate, long number, UnitId unit, String unitCode, KeepKeyRegister.Registration r,
                        String disclaimer, Actor actor, Instant at) {
        var e = r.entrustment();
        String label = r.label() != null ? r.label() : (unit != null ? unitCode : r.commonArea());
        Key key = new Key(new KeyState(KeyId.newId(), estate, number, label, unit, unitCode, r.commonArea(), r.copies(),
                r.reason(), e == null ? null : e.person(), e == null ? null : KeyRules.digest(e.identityDocument()),
                disclaimer, KeyStatus.IN_CABINET, CABINET, null, null, at, 0, null, 0));
        String from = e == null ? r.reason().name() : e.person();
        key.move(MovementKind.REGISTERED, KeyStatus.IN_CABINET, from, CABINET, null, null,
                e == null ? List.of(actor.id()) : List.of(e.person(), actor.id()), List.of(), List.of(), actor, at,
                "registered as " + r.reason());
        return key;
    }

    /**
     * EST-04 留一把整改: the key taken off {@code set} at the handover and kept for rectification, registered under the
     * register's next {@code number}; {@code set} loses that copy in the same breath (its own movement).
     */
    static Key keptFromSet(Key set, long number, String handoverReference, String ownerSignature, Actor actor, Instant at) {
        KeyState from = set.s;
        Key kept = new Key(new KeyState(KeyId.newId(), from.estate(), number, from.label() + " (rectification)", from.unit(),
                from.unitCode(), null, 1, CustodyReason.RECTIFICATION, null, null, null, KeyStatus.IN_CABINET, CABINET, null,
                null, at, 0, null, 0));
        kept.move(MovementKind.REGISTERED, KeyStatus.IN_CABINET, "#" + from.number(), CABINET, handoverReference, null,
                List.of(ownerSignature, actor.id()), List.of(), List.of(), actor, at,
                "kept for rectification at the handover, with the owner's consent: one key of set #" + from.number());
        set.custody(from.reason(), from.copies() - 1, from.entrustedBy(), from.entrusterIdentity());
        set.note(MovementKind.KEPT_FOR_RECTIFICATION, handoverReference, List.of(ownerSignature, actor.id()), actor, at,
                "one of " + from.copies() + " keys taken off the set and kept for rectification as #" + number);
        return kept;
    }

    KeyState state() {
        return s;
    }

    /** EST-04 留一把整改: this single key stays in the cabinet for rectification, with the owner's consent. */
    void keepForRectification(String handoverReference, String ownerSignature, Actor actor, Instant at) {
        inCabinet("keep for rectification");
        custody(CustodyReason.RECTIFICATION, s.copies(), null, null);
        note(MovementKind.KEPT_FOR_RECTIFICATION, handoverReference, List.of(ownerSignature, actor.id()), actor, at,
                "kept for rectification at the handover, with the owner's consent");
    }

    /** EST-04: the one key of a unit kept for rectification, still in the company's custody. */
    static boolean keptForRectification(KeyState key) {
        return key.reason() == CustodyReason.RECTIFICATION && !key.status().isFinal();
    }

    /** KEY-04 as the entrusting owner left it: in the company's custody, and only they collect it (KEY-05). */
    static boolean entrustedInCustody(KeyState key) {
        return key.reason() == CustodyReason.OWNER_ENTRUSTED && !key.status().isFinal();
    }

    /**
     * EST-07 with KEY-05: the unit changed hands and the entrustment passed with it: from now on only the new owner
     * collects the key. Wherever the key is, it stays there.
     */
    void entrustTo(String newOwner, String identityDigest, String transferReference, Actor actor, Instant at) {
        if (!entrustedInCustody(s)) {
            throw new Conflict("EST-07", "not-entrusted", "key " + s.number() + " is not an entrusted key in custody", details());
        }
        String previous = s.entrustedBy();
        custody(s.reason(), s.copies(), newOwner, identityDigest);
        note(MovementKind.ENTRUSTMENT_TRANSFERRED, transferReference, List.of(actor.id()), actor, at,
                "entrusted by " + newOwner + " since the unit changed hands (previously " + previous + ")");
    }

    /**
     * KEY-07 overdue alert: the key is out past its due time; its holder is reminded, once each time it is out (a
     * movement that takes it out, or back, clears the reminder).
     *
     * @return whether a reminder was recorded
     */
    boolean remindOverdue(Actor actor, Instant now) {
        if (!s.status().isOut() || s.dueAt() == null || !s.dueAt().isBefore(now) || s.remindedAt() != null) {
            return false;
        }
        long minutes = Duration.between(s.dueAt(), now).toMinutes();
        note(MovementKind.OVERDUE_REMINDED, s.reference(), List.of(), actor, now, "due back at " + s.dueAt() + ", "
                + minutes + " min overdue: " + s.holder() + " is reminded to return it");
        return true;
    }

    /** The movement the last transition made, for the history. */
    Optional<KeyMovement> movement() {
        return Optional.ofNullable(movement);
    }

    /** KEY-03: issued to the owner against signature; entrusted keys are collected instead (KEY-05). */
    void issueToOwner(MoveKeys.Issue issue, Actor actor, Instant at, String handoverReference) {
        inCabinet("issue");
        if (s.reason() == CustodyReason.OWNER_ENTRUSTED) {
            throw new Refusal("KEY-05", "entrusted-key-is-collected", "key " + s.number()
                    + " was entrusted by " + s.entrustedBy() + "; only they collect it, after an identity check", details());
        }
        move(MovementKind.ISSUED_TO_OWNER, KeyStatus.ISSUED_TO_OWNER, s.holder(), issue.owner(), handoverReference, null,
                List.of(issue.signature()), List.of(), List.of(), actor, at, "issued to the owner");
    }

    /** KEY-05: only the person who entrusted the key collects it, identity verified, against signature. */
    void collect(MoveKeys.Collection c, Actor actor, Instant at) {
        inCabinet("hand back");
        if (s.reason() != CustodyReason.OWNER_ENTRUSTED) {
            throw new Refusal("KEY-05", "not-entrusted", "key " + s.number() + " was not entrusted by anyone; it is "
                    + s.reason(), details());
        }
        if (!KeyRules.sameName(c.collector(), s.entrustedBy()) || !KeyRules.digest(c.identityDocument()).equals(s.entrusterIdentity())) {
            throw new Refusal("KEY-05", "not-the-entrusting-person", "only the person who entrusted key " + s.number()
                    + " may collect it, and their identity document must match the one shown at entrustment", details());
        }
        move(MovementKind.COLLECTED_BY_ENTRUSTER, KeyStatus.COLLECTED, s.holder(), c.collector(), null, null,
                List.of(c.signature()), List.of(), List.of(), actor, at, "collected by the entrusting person");
    }

    /** KEY-06: the member of staff holds the key and opens the door; the visitor never holds it. */
    void lendForViewing(MoveKeys.Viewing v, Actor actor, Instant at) {
        inCabinet("lend for a viewing");
        due(v.due(), at, "KEY-06");
        move(MovementKind.OUT_FOR_VIEWING, KeyStatus.ON_VIEWING, s.holder(), v.staff(), null, v.due(),
                List.of(v.staff()), List.of(), List.of(), actor, at, "viewing with " + v.visitor());
    }

    /** KEY-07: taken by staff with the key manager's consent (the recording key manager) and both signatures. */
    void checkOut(MoveKeys.CheckOut c, Actor keyManager, Instant at) {
        inCabinet("check out");
        due(c.due(), at, "KEY-07");
        move(MovementKind.CHECKED_OUT, KeyStatus.LENT, s.holder(), c.staff(), c.reference(), c.due(),
                List.of(c.staffSignature(), keyManager.id()), List.of(), List.of(), keyManager, at, c.purpose());
    }

    /** Back in the cabinet, from whoever holds it out. */
    void giveBack(MoveKeys.Return r, Actor actor, Instant at) {
        if (!s.status().isOut()) {
            throw new Conflict("KEY-12", "key-not-out", "key " + s.number() + " is " + s.status() + ", not out with staff",
                    details());
        }
        move(MovementKind.RETURNED, KeyStatus.IN_CABINET, s.holder(), CABINET, null, null,
                List.of(r.returnedBy(), actor.id()), List.of(), List.of(), actor, at, "returned by " + r.returnedBy());
    }

    /** KEY-08: approvals already checked against the approvers' roles. */
    void releaseAbnormally(MoveKeys.AbnormalRelease r, Actor actor, Instant at) {
        inCabinet("release");
        move(MovementKind.RELEASED_ABNORMALLY, KeyStatus.RELEASED, s.holder(), r.recipient(), null, null,
                List.of(r.signature()), List.of(r.projectManager(), r.leadership()), List.of(), actor, at, r.reason());
    }

    /** KEY-09: a loss is an incident; {@code accountable} names the key manager and project manager at fault. */
    void lost(MoveKeys.Loss loss, List<String> accountable, Actor actor, Instant at) {
        if (s.status().isFinal()) {
            throw new Conflict("KEY-09", "key-not-in-custody", "key " + s.number() + " is " + s.status()
                    + "; the company no longer keeps it", details());
        }
        move(MovementKind.LOST, KeyStatus.LOST, s.holder(), null, null, null, List.of(actor.id()), List.of(), accountable,
                actor, at, loss.circumstances());
    }

    /** KEY-10: the spare key goes to the emergency, linked to its incident. */
    void useSpare(MoveKeys.EmergencyUse use, Actor actor, Instant at) {
        inCabinet("use in an emergency");
        move(MovementKind.SPARE_USED, KeyStatus.IN_EMERGENCY_USE, s.holder(), use.takenBy(), use.incident(), null,
                List.of(use.takenBy()), List.of(), List.of(), actor, at, use.reason());
    }

    /**
     * KEY-12: a key that is not in the cabinet has another holder; nothing moves it but its way back. Whatever the
     * movement attempted, the refusal names KEY-12: it is the one-holder rule that refuses.
     */
    private void inCabinet(String action) {
        if (s.status() != KeyStatus.IN_CABINET) {
            throw new Conflict("KEY-12", "key-not-in-cabinet", "cannot " + action + " key " + s.number() + ": it is "
                    + s.status() + (s.holder() == null ? "" : ", held by " + s.holder()), details());
        }
    }

    private static void due(Instant due, Instant now, String rule) {
        if (!due.isAfter(now)) {
            throw new Refusal(rule, "due-time-passed", "the key must be due back after now (" + now + ")",
                    Map.of("due", due.toString()));
        }
    }

    private Map<String, Object> details() {
        Map<String, Object> d = new HashMap<>();
        d.put("key", s.id().toString());
        d.put("number", s.number());
        d.put("status", s.status().name());
        if (s.holder() != null) {
            d.put("holder", s.holder());
        }
        return d;
    }

    /**
     * A line of history that does not move the key: it stays with its holder, for the same reason and due time, and
     * its status keeps its reference and date; only the line refers to {@code reference}.
     */
    private void note(MovementKind kind, String reference, List<String> signatures, Actor actor, Instant at, String reason) {
        int seq = line(kind, s.holder(), s.holder(), reference, s.dueAt(), signatures, List.of(), List.of(), actor, at, reason);
        s = new KeyState(s.id(), s.estate(), s.number(), s.label(), s.unit(), s.unitCode(), s.commonArea(), s.copies(),
                s.reason(), s.entrustedBy(), s.entrusterIdentity(), s.disclaimer(), s.status(), s.holder(), s.dueAt(),
                s.reference(), s.since(), seq, kind == MovementKind.OVERDUE_REMINDED ? at : s.remindedAt(), s.version());
    }

    /** The custody facts of the key change; its place and history are untouched until the movement that records it. */
    private void custody(CustodyReason reason, int copies, String entrustedBy, String entrusterIdentity) {
        s = new KeyState(s.id(), s.estate(), s.number(), s.label(), s.unit(), s.unitCode(), s.commonArea(), copies, reason,
                entrustedBy, entrusterIdentity, s.disclaimer(), s.status(), s.holder(), s.dueAt(), s.reference(), s.since(),
                s.movements(), s.remindedAt(), s.version());
    }

    private void move(MovementKind kind, KeyStatus status, String from, String to, String reference, Instant dueAt,
                      List<String> signatures, List<Approval> approvals, List<String> accountable, Actor actor,
                      Instant at, String reason) {
        int seq = line(kind, from, to, reference, dueAt, signatures, approvals, accountable, actor, at, reason);
        s = new KeyState(s.id(), s.estate(), s.number(), s.label(), s.unit(), s.unitCode(), s.commonArea(), s.copies(),
                s.reason(), s.entrustedBy(), s.entrusterIdentity(), s.disclaimer(), status, to, dueAt, reference, at, seq,
                null, s.version());
    }

    /** The next line of the key's history; answers its number. */
    private int line(MovementKind kind, String from, String to, String reference, Instant dueAt, List<String> signatures,
                     List<Approval> approvals, List<String> accountable, Actor actor, Instant at, String reason) {
        int seq = s.movements() + 1;
        movement = new KeyMovement(s.id(), s.estate(), seq, kind, from, to, actor.id(), reason, reference, dueAt,
                signatures, approvals, accountable, at);
        return seq;
    }
}
