package io.steward.ports.keys;

/** What happened to a key; every movement is one append-only line of its history (KEY-12). */
public enum MovementKind {
    /** Entered in the register under its number (KEY-02). */
    REGISTERED,
    /**
     * EST-04 with KEY-02: the key manager hands the unit's keys to the member of staff who hands the unit over; a key is
     * kept for rectification where the owner agreed. The keys handed are the keys the desk hands the owner.
     */
    HANDED_FOR_HANDOVER,
    /** Issued to the owner against signature after the handover (KEY-03). */
    ISSUED_TO_OWNER,
    /** Collected by the entrusting party after an identity check (KEY-05). */
    COLLECTED_BY_ENTRUSTER,
    /** Taken by staff to open the door for a viewing (KEY-06). */
    OUT_FOR_VIEWING,
    /** Taken by staff with the key manager's consent (KEY-07). */
    CHECKED_OUT,
    /** Back in the cabinet. */
    RETURNED,
    /** Released outside the normal procedure (KEY-08). */
    RELEASED_ABNORMALLY,
    /** Reported lost, naming the incident (KEY-09). */
    LOST,
    /**
     * KEY-09: the project manager decided whether management was at fault for the loss; where it was, the key manager and
     * the deciding project manager are accountable. The key stays lost.
     */
    LOSS_FAULT_DECIDED,
    /** The spare key taken for an emergency (KEY-10). */
    SPARE_USED,
    /**
     * EST-04 留一把整改: at the handover, with the owner's consent, one key stays in the cabinet for the rectification
     * of defects: a single key becomes the rectification key, or one key is taken off a set (the set's copies drop
     * by one and the kept key is registered under the next number).
     */
    KEPT_FOR_RECTIFICATION,
    /**
     * EST-07 with KEY-05: the unit changed hands and the old owner's entrustment passed to the new owner, who alone
     * collects the key from now on. The holder does not change.
     */
    ENTRUSTMENT_TRANSFERRED,
    /**
     * KEY-04 with EST-05: a key an owner entrusted for the vacant unit is kept from now on as the occupant's spare, with
     * the occupant's recorded consent, so that they can move in. The holder does not change.
     */
    CUSTODY_CHANGED,
    /**
     * KEY-07: the key is out past its due time and its holder is reminded, once each time it goes out (the overdue
     * alert: {@link io.steward.ports.keys.KeyMoved} carries it to whoever notifies the holder). The holder does not
     * change.
     */
    OVERDUE_REMINDED
}
