/**
 * The rules of the estate context (DOMAIN.md §1). Aggregates: {@link io.steward.domain.estate.Estate} (fee
 * schedule and policy), {@link io.steward.domain.estate.Unit} (occupancy state machine, EST-02),
 * {@link io.steward.domain.estate.Handover} (EST-04 state machine), {@link io.steward.domain.estate.FeeAccount}
 * (exact money, append-only lines), {@link io.steward.domain.estate.Archive} and
 * {@link io.steward.domain.estate.AccessRequest} (EST-08). The services implement the in-ports: each loads,
 * calls one aggregate, saves, audits and publishes, inside one transaction.
 */
package io.steward.domain.estate;
