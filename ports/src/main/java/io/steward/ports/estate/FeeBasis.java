package io.steward.ports.estate;

/** How a published fee (DEP-02) is computed for one unit and one month. */
public enum FeeBasis {
    /** rate × floor area in m², per month (management fee). Rounded half up to the fen. */
    PER_SQUARE_METRE_MONTH,
    /** rate per unit, per month. */
    PER_UNIT_MONTH
}
