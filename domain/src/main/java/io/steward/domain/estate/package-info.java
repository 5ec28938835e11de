/**
 * The rules of the estate context (DOMAIN.md §1). Aggregates: {@link io.steward.domain.estate.Estate} (fee
 * schedule and policy), {@link io.steward.domain.estate.Unit} (occupancy state machine, EST-02),
 * {@link io.steward.domain.estate.Handover} (EST-04 state machine), {@link io.steward.domain.estate.FeeAccount}
 * (exact money, append-only lines), {@link io.steward.domain.estate.Archive} and
 * {@link io.steward.domain.estate.AccessRequest} (EST-08), {@code GoodsRelease} (EST-09 pass state machine) and
 * {@code Census} (EST-03 monthly round). The services implement the in-ports: each loads, calls one aggregate,
 * saves, audits and publishes, inside one transaction.
 *
 * <p>Obligations on transfer (EST-07): {@link io.steward.domain.estate.Transfers} computes what the old owner leaves
 * open and refuses the transfer until each has an explicit disposition; it publishes
 * {@link io.steward.ports.estate.OwnershipTransferred} so that the contexts holding deposits and keys act on them.
 * Those contexts add their obligations to {@link io.steward.ports.estate.Obligation} as they arrive, and report them
 * through {@link io.steward.ports.estate.out.OpenObligations}, which the composition root hands to the transfer: the
 * estate context never reads another context's records, and every open obligation is refused in one answer.
 *
 * <p>A census (EST-03) never corrects the register: a unit found in another state than registered is reported as
 * a discrepancy for someone to act on through the process that may make that change (EST-02).
 */
package io.steward.domain.estate;
