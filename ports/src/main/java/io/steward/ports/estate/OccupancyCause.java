package io.steward.ports.estate;

/** The process that changed a unit's occupancy (EST-02: status changes only through these). */
public enum OccupancyCause {
    REGISTERED, HANDOVER, MOVE_IN, TENANT_MOVE_IN, TENANT_MOVE_OUT, OWNER_MOVE_OUT, TRANSFER, RENOVATION, CENSUS_CORRECTION
}
