package io.steward.ports.keys;

/**
 * Where a key is (KEY-12: exactly one holder at any time). In the cabinet the designated key manager holds it;
 * out, one member of staff does; the last four statuses end the company's custody.
 */
public enum KeyStatus {
    /** Locked in the key cabinet (KEY-02). */
    IN_CABINET,
    /** Taken by a member of staff with the key manager's consent, due back (KEY-07). */
    LENT,
    /** Held by a member of staff who opens the door for a viewing (KEY-06). */
    ON_VIEWING,
    /** Spare key in use for an emergency (KEY-10). */
    IN_EMERGENCY_USE,
    /** Handed by the key manager to the member of staff who hands the unit over to its owner (EST-04, KEY-03). */
    AT_HANDOVER,
    /** Issued to the owner after the handover (KEY-03). */
    ISSUED_TO_OWNER,
    /** Collected by the person who entrusted it (KEY-05). */
    COLLECTED,
    /** Released outside the normal procedure with the two approvals (KEY-08). */
    RELEASED,
    /** Lost (KEY-09). */
    LOST;

    /** Out of the cabinet with a member of staff, expected back. */
    public boolean isOut() {
        return this == LENT || this == ON_VIEWING || this == IN_EMERGENCY_USE || this == AT_HANDOVER;
    }

    /** The company no longer keeps the key. */
    public boolean isFinal() {
        return ordinal() >= ISSUED_TO_OWNER.ordinal();
    }

    /** The key went to a person outside the staff (owner, entruster, recipient): its holder is personal data (EST-08). */
    public boolean heldByParty() {
        return this == ISSUED_TO_OWNER || this == COLLECTED || this == RELEASED;
    }
}
