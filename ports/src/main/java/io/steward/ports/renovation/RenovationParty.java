package io.steward.ports.renovation;

/** Who takes part in a renovation besides the staff: the owner, the contractor, and the project centre (项目中心). */
public enum RenovationParty {
    OWNER,
    CONTRACTOR,
    PROJECT_CENTRE
}
