package io.steward.ports.renovation;

/** REN-03: works that need the government's approval (消防报建、结构改动、煤气改动). */
public enum WorkTouch {
    FIRE_SYSTEMS,
    STRUCTURE,
    GAS
}
