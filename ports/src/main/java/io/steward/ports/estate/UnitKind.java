package io.steward.ports.estate;

/** The kinds of unit the seeds name (EST-01). */
public enum UnitKind {
    RESIDENCE, VILLA, MID_RISE_FLAT, OFFICE, SHOP, PARKING_SPACE;

    /** The occupancy a unit of this kind takes when its owner moves in (EST-02: 住家户 or 办公户). */
    public Occupancy occupiedByOwner() {
        return this == OFFICE || this == SHOP ? Occupancy.OFFICE : Occupancy.OWNER_OCCUPIED;
    }
}
