package io.steward.domain.keys;

import io.steward.ports.keys.KeyRefusals;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.MovementKind;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A key in the register. Its status is the state machine of {@link KeyStatus}: from the cabinet a key goes out to
 * one member of staff and comes back, or leaves custody for good; every transition is one {@link KeyMovement}. A person
 * outside the staff that a movement names (owner, entrusting person, collector, visitor, recipient) is its
 * {@code party}: named in fields, never in the reason (EST-08).
 */
final class Key {
    /** The holder of a key in the cabinet: the register, kept locked by the designated key manager (KEY-02). */
    static final String CABINET = "cabinet";

    private KeyState s;
    private KeyMovement movement;

    Key(KeyState state) {
        this.s = state;
    }

    /**
     * KEY-02: a new key in the cabinet under the register's next number; {@code entruster} is the person who entrusted
     * it or consented to its custody (checked by the caller), with the digest of their identity document.
     */
    static Key register(EstateId estate, long number, UnitId unit, String unitCode, KeepKeyRegister.Registration r,
                        String disclaimer, String entruster, String entrusterDigest, Actor actor, Instant at) {
        String label = r.label() != null ? r.label() : (unit != null ? unitCode : r.commonArea());
        Key key = new Key(new KeyState(KeyId.newId(), estate, number, label, unit, unitCode, r.commonArea(), r.copies(),
                r.reason(), entruster, entrusterDigest, disclaimer, KeyStatus.IN_CABINET, CABINET, null, null, at, 0, null, 0));
        key.move(MovementKind.REGISTERED, KeyStatus.IN_CABINET, entruster == null ? r.reason().name() : entruster, CABINET,
                entruster, null, null, entruster == null ? List.of(actor.id()) : List.of(entruster, actor.id()), List.of(),
                List.of(), actor, at, "registered as " + r.reason());
        return key;
    }

    /**
     * EST-04 留一把整改: the key taken off {@code set} for the handover and kept for rectification, registered under the
     * register's next {@code number}; {@code set} loses that copy in the same breath (its own movement).
     */
    static Key keptFromSet(Key set, long number, String handoverReference, Actor actor, Instant at) {
        KeyState from = set.s;
        Key kept = new Key(new KeyState(KeyId.newId(), from.estate(), number, from.label() + " (rectification)", from.unit(),
                from.unitCode(), null, 1, CustodyReason.RECTIFICATION, null, null, null, KeyStatus.IN_CABINET, CABINET, null,
                null, at, 0, null, 0));
        kept.move(MovementKind.REGISTERED, KeyStatus.IN_CABINET, "#" + from.number(), CABINET, null, handoverReference, null,
                List.of(actor.id()), List.of(), List.of(), actor, at,
                "kept for rectification at the handover, with the owner's consent: one key of set #" + from.number());
        set.custody(from.reason(), from.copies() - 1, from.entrustedBy(), from.entrusterIdentity());
        set.note(MovementKind.KEPT_FOR_RECTIFICATION, handoverReference, null, List.of(actor.id()), List.of(), List.of(), actor,
                at, "one of " + from.copies() + " keys taken off the set and kept for rectification as #" + number);
        return kept;
    }

    KeyState state() {
        return s;
    }

    /** The movement the last transition made, for the history. */
    Optional<KeyMovement> movement() {
        return Optional.ofNullable(movement);
    }

    /** EST-04 留一把整改: this single key stays in the cabinet for rectification, with the owner's consent. */
    void keepForRectification(String handoverReference, Actor actor, Instant at) {
        inCabinet("keep for rectification");
        custody(CustodyReason.RECTIFICATION, s.copies(), null, null);
        note(MovementKind.KEPT_FOR_RECTIFICATION, handoverReference, null, List.of(actor.id()), List.of(), List.of(), actor, at,
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

    /** EST-04 with KEY-02: the key manager hands the key to the member of staff who hands the unit over. */
    void handForHandover(String staff, Instant due, String handoverReference, Actor keyManager, Instant at) {
        inCabinet("hand for the handover");
        due(due, at, "KEY-07");
        move(MovementKind.HANDED_FOR_HANDOVER, KeyStatus.AT_HANDOVER, s.holder(), staff, null, handoverReference, due,
                List.of(staff, keyManager.id()), List.of(), List.of(), keyManager, at, "handed for the handover");
    }

    /** Whether the key was handed for the handover {@code handoverReference} and is still at it. */
    boolean atHandover(String handoverReference) {
        return s.status() == KeyStatus.AT_HANDOVER && handoverReference.equals(s.reference());
    }

    /** KEY-03 with EST-04: the key handed for the handover goes to the owner, against the signature on the receipt. */
    void issueAtHandover(String owner, String handoverReference, Actor actor, Instant at) {
        if (!atHandover(handoverReference)) {
            throw KeyRefusals.KEY_NOT_AT_HANDOVER.refuse("key " + s.number() + " is " + s.status()
                    + ", not at handover " + handoverReference, details());
        }
        move(MovementKind.ISSUED_TO_OWNER, KeyStatus.ISSUED_TO_OWNER, s.holder(), owner, owner, handoverReference, null,
                List.of(owner, s.holder()), List.of(), List.of(), actor, at, "issued to the owner at the handover");
    }

    /** KEY-03: the key kept for rectification goes to the owner after the handover, against their signature. */
    void issueToOwner(String owner, String handoverReference, Actor actor, Instant at) {
        inCabinet("issue");
        if (s.reason() == CustodyReason.OWNER_ENTRUSTED || s.entrustedBy() != null) {
            throw KeyRefusals.ENTRUSTED_KEY_IS_COLLECTED.refuse("key " + s.number()
                    + " was entrusted to the company; only the person who entrusted it collects it, after an identity check",
                    details());
        }
        if (s.reason() != CustodyReason.RECTIFICATION) {
            throw KeyRefusals.ISSUED_AT_THE_HANDOVER.refuse("key " + s.number() + " is a " + s.reason()
                    + " key: a unit's keys go to the owner at the handover itself; only the key kept for rectification is "
                    + "issued afterwards", details());
        }
        move(MovementKind.ISSUED_TO_OWNER, KeyStatus.ISSUED_TO_OWNER, s.holder(), owner, owner, handoverReference, null,
                List.of(owner, actor.id()), List.of(), List.of(), actor, at, "the rectification key goes to the owner");
    }

    /** KEY-05: only the person who entrusted the key (or whose spare it is) collects it, identity verified. */
    void collect(String collector, String identityDocument, Actor actor, Instant at) {
        inCabinet("hand back");
        if (s.entrustedBy() == null) {
            throw KeyRefusals.NOT_ENTRUSTED_KEY05.refuse("key " + s.number() + " was not entrusted by anyone; it is "
                    + s.reason(), details());
        }
        if (!KeyRules.sameName(collector, s.entrustedBy()) || !KeyRules.digest(identityDocument).equals(s.entrusterIdentity())) {
            throw KeyRefusals.NOT_THE_ENTRUSTING_PERSON.refuse("only the person who entrusted key " + s.number()
                    + " may collect it, and their identity document must match the one shown at entrustment", details());
        }
        move(MovementKind.COLLECTED_BY_ENTRUSTER, KeyStatus.COLLECTED, s.holder(), collector, collector, null, null,
                List.of(collector, actor.id()), List.of(), List.of(), actor, at, "collected by the entrusting person");
    }

    /**
     * KEY-04 with EST-05: the key entrusted for the vacant unit is kept from now on as the occupant's spare, with their
     * consent (checked by the caller); only they collect it.
     */
    void keepAsSpare(String occupant, String identityDigest, Actor actor, Instant at) {
        if (!entrustedInCustody(s)) {
            throw KeyRefusals.NOT_ENTRUSTED_KEY04.refuse("key " + s.number() + " is not an entrusted key in custody", details());
        }
        custody(CustodyReason.SPARE, s.copies(), occupant, identityDigest);
        note(MovementKind.CUSTODY_CHANGED, null, occupant, List.of(occupant, actor.id()), List.of(), List.of(), actor, at,
                "kept as the occupant's spare, with their consent");
    }

    /**
     * EST-07 with KEY-05: the unit changed hands and the entrustment passed with it: from now on only the new owner
     * collects the key. Wherever the key is, it stays there.
     */
    void entrustTo(String newOwner, String identityDigest, String transferReference, Actor actor, Instant at) {
        if (!entrustedInCustody(s)) {
            throw KeyRefusals.NOT_ENTRUSTED_EST07.refuse("key " + s.number() + " is not an entrusted key in custody", details());
        }
        custody(s.reason(), s.copies(), newOwner, identityDigest);
        note(MovementKind.ENTRUSTMENT_TRANSFERRED, transferReference, newOwner, List.of(actor.id()), List.of(), List.of(), actor,
                at, "the entrustment passed with the unit to its new owner");
    }

    /** KEY-06: the member of staff holds the key and opens the door; the visitor never holds it. */
    void lendForViewing(String staff, String visitor, Instant due, Actor keyManager, Instant at) {
        inCabinet("lend for a viewing");
        due(due, at, "KEY-06");
        move(MovementKind.OUT_FOR_VIEWING, KeyStatus.ON_VIEWING, s.holder(), staff, visitor, null, due,
                List.of(staff, keyManager.id()), List.of(), List.of(), keyManager, at, "a viewing: staff open the door");
    }

    /** KEY-07: taken by staff with the key manager's consent (the recording key manager) and both signatures. */
    void checkOut(String staff, String purpose, String reference, Instant due, Actor keyManager, Instant at) {
        inCabinet("check out");
        due(due, at, "KEY-07");
        move(MovementKind.CHECKED_OUT, KeyStatus.LENT, s.holder(), staff, null, reference, due, List.of(staff, keyManager.id()),
                List.of(), List.of(), keyManager, at, purpose);
    }

    /** Back in the cabinet, brought back by the member of staff who holds it. */
    void giveBack(String returnedBy, Actor keyManager, Instant at) {
        if (!s.status().isOut()) {
            throw KeyRefusals.KEY_NOT_OUT.refuse("key " + s.number() + " is " + s.status() + ", not out with staff",
                    details());
        }
        if (!returnedBy.equals(s.holder())) {
            throw KeyRefusals.RETURNED_BY_THE_HOLDER.refuse("key " + s.number() + " is held by " + s.holder()
                    + "; the holder brings it back and signs for it", details());
        }
        move(MovementKind.RETURNED, KeyStatus.IN_CABINET, s.holder(), CABINET, null, null, null,
                List.of(returnedBy, keyManager.id()), List.of(), List.of(), keyManager, at, "returned by its holder");
    }

    /** KEY-08: released outside the normal procedure on two approvals, already checked and used. */
    void releaseAbnormally(String recipient, String reason, List<Approval> approvals, Actor keyManager, Instant at) {
        inCabinet("release");
        move(MovementKind.RELEASED_ABNORMALLY, KeyStatus.RELEASED, s.holder(), recipient, recipient, null, null,
                List.of(recipient, keyManager.id()), approvals, List.of(), keyManager, at, reason);
    }

    /** KEY-09: a loss is recorded against its incident. */
    void lost(String circumstances, String incidentReference, Actor actor, Instant at) {
        if (s.status().isFinal()) {
            throw KeyRefusals.KEY_NOT_IN_CUSTODY.refuse("key " + s.number() + " is " + s.status()
                    + "; the company no longer keeps it", details());
        }
        move(MovementKind.LOST, KeyStatus.LOST, s.holder(), null, null, incidentReference, null, List.of(actor.id()), List.of(),
                List.of(), actor, at, circumstances);
    }

    /** KEY-09: the project manager's decision on management fault, and who is accountable because of it. */
    void lossFaultDecided(Approval decision, boolean fault, List<String> accountable, Actor actor, Instant at) {
        if (s.status() != KeyStatus.LOST) {
            throw KeyRefusals.KEY_NOT_LOST.refuse("key " + s.number() + " is " + s.status(), details());
        }
        note(MovementKind.LOSS_FAULT_DECIDED, s.reference(), null, List.of(decision.person()), List.of(decision), accountable,
                actor, at, fault ? "management was at fault: the key manager and the project manager are accountable"
                        : "no management fault");
    }

    /** KEY-10: only a spare key is used as one, for the incident, taken by a member of staff, due back. */
    void useSpare(String takenBy, String incidentReference, String reason, Instant due, Actor keyManager, Instant at) {
        if (s.reason() != CustodyReason.SPARE) {
            throw KeyRefusals.NOT_A_SPARE_KEY.refuse("key " + s.number() + " is a " + s.reason()
                    + " key; only a spare key is used under the spare-key procedure", details());
        }
        inCabinet("use in an emergency");
        due(due, at, "KEY-10");
        move(MovementKind.SPARE_USED, KeyStatus.IN_EMERGENCY_USE, s.holder(), takenBy, null, incidentReference, due,
                List.of(takenBy, keyManager.id()), List.of(), List.of(), keyManager, at, reason);
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
        note(MovementKind.OVERDUE_REMINDED, s.reference(), null, List.of(), List.of(), List.of(), actor, now, "due back at "
                + s.dueAt() + ", " + minutes + " min overdue: its holder is reminded to return it");
        return true;
    }

    /**
     * KEY-12: a key that is not in the cabinet has another holder; nothing moves it but its way back. Whatever the
     * movement attempted, the refusal names KEY-12: it is the one-holder rule that refuses.
     */
    private void inCabinet(String action) {
        if (s.status() != KeyStatus.IN_CABINET) {
            throw KeyRefusals.KEY_NOT_IN_CABINET.refuse("cannot " + action + " key " + s.number() + ": it is "
                    + s.status() + (s.holder() == null || s.status().heldByParty() ? "" : ", held by " + s.holder()), details());
        }
    }

    private static void due(Instant due, Instant now, String rule) {
        if (!due.isAfter(now)) {
            throw KeyRefusals.DUE_TIME_PASSED.refuseFor(rule,  "the key must be due back after now (" + now + ")",
                    Map.of("due", due.toString()));
        }
    }

    /** What a refusal about this key may say: never the name of a holder outside the staff (EST-08). */
    private Map<String, Object> details() {
        Map<String, Object> d = new HashMap<>();
        d.put("key", s.id().toString());
        d.put("number", s.number());
        d.put("status", s.status().name());
        if (s.holder() != null && !s.status().heldByParty()) {
            d.put("holder", s.holder());
        }
        return d;
    }

    /**
     * A line of history that does not move the key: it stays with its holder, for the same reason and due time, and
     * its status keeps its reference and date; only the line refers to {@code reference}.
     */
    private void note(MovementKind kind, String reference, String party, List<String> signatures, List<Approval> approvals,
                      List<String> accountable, Actor actor, Instant at, String reason) {
        int seq = line(kind, s.holder(), s.holder(), party, reference, s.dueAt(), signatures, approvals, accountable, actor, at,
                reason);
        s = s.toBuilder().movements(seq).remindedAt(kind == MovementKind.OVERDUE_REMINDED ? at : s.remindedAt()).build();
    }

    /** The custody facts of the key change; its place and history are untouched until the movement that records it. */
    private void custody(CustodyReason reason, int copies, String entrustedBy, String entrusterIdentity) {
        s = s.toBuilder().reason(reason).copies(copies).entrustedBy(entrustedBy).entrusterIdentity(entrusterIdentity).build();
    }

    private void move(MovementKind kind, KeyStatus status, String from, String to, String party, String reference,
                      Instant dueAt, List<String> signatures, List<Approval> approvals, List<String> accountable, Actor actor,
                      Instant at, String reason) {
        int seq = line(kind, from, to, party, reference, dueAt, signatures, approvals, accountable, actor, at, reason);
        s = s.toBuilder().status(status).holder(to).dueAt(dueAt).reference(reference).since(at).movements(seq)
                .remindedAt(null).build();
    }

    /** The next line of the key's history; answers its number. */
    private int line(MovementKind kind, String from, String to, String party, String reference, Instant dueAt,
                     List<String> signatures, List<Approval> approvals, List<String> accountable, Actor actor, Instant at,
                     String reason) {
        int seq = s.movements() + 1;
        movement = new KeyMovement(s.id(), s.estate(), seq, kind, from, to, party, actor.id(), reason, reference, dueAt,
                signatures, approvals, accountable, at);
        return seq;
    }
}
