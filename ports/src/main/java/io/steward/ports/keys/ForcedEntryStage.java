package io.steward.ports.keys;

/** KEY-11 破门 as a state machine: entry, then the scene record, the call to the occupant, their confirmation. */
public enum ForcedEntryStage {
    /** Entered with the project GM's approval, two or more staff together. */
    ENTERED,
    /** Scene protected, photographed and recorded. */
    SCENE_RECORDED,
    /** Customer service has reached the occupant and explained. */
    OCCUPANT_CONTACTED,
    /** The occupant confirmed on site; the record is closed. */
    CONFIRMED
}
