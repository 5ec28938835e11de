package io.steward.ports.deposits;

/** Who paid a deposit and has it back (DEP-01: the owner or the renovation contractor). */
public enum HolderKind {
    OWNER,
    TENANT,
    CONTRACTOR
}
