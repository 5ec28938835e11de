package io.steward.ports.estate;

/** How a published fee (DEP-02) is computed for one unit. */
public enum FeeBasis {
    /** rate × floor area in m², per month (management fee). */
    PER_SQUARE_METRE_MONTH,
    /** rate per unit, per month. */
    PER_UNIT_MONTH,
    /** rate per unit of the meter (m³ of water or gas, kWh): the consumption between two readings. */
    METERED
}
