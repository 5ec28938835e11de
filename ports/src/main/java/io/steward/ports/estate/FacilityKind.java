package io.steward.ports.estate;

/** Common parts and shared facilities (共用部位 / 共用设施设备) that belong to the estate or a building (EST-01). */
public enum FacilityKind {
    COMMON_PART, PLANT_ROOM, LIFT, FIRE_EQUIPMENT, WATER_SUPPLY, POWER, SECURITY_SYSTEM, GROUNDS, OTHER
}
