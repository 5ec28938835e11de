package io.steward.ports.emergency;

/** What happened (EMG-04 … EMG-08, KEY-09): the kinds the seeds' emergency plans and key rules name. */
public enum IncidentKind {
    FIRE, PUBLIC_SECURITY, VEHICLE, POWER_OUTAGE, LIFT_ENTRAPMENT, EQUIPMENT_FAILURE, WATER_LEAK, NATURAL_DISASTER,
    PUBLIC_HEALTH, KEY_LOST, OTHER
}
