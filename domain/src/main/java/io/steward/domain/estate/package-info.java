/**
 * The rules of the estate context (DOMAIN.md §1). Aggregates: {@link io.steward.domain.estate.Estate} (fee
 * schedule and policy), {@link io.steward.domain.estate.Unit} (occupancy state machine, EST-02: which process may
 * make which change), {@link io.steward.domain.estate.Handover} (EST-04 state machine),
 * {@link io.steward.domain.estate.FeeAccount} (exact money, append-only lines: charges, payments, reversals, credits,
 * refunds due and paid; every total bounded), {@link io.steward.domain.estate.Archive} (EST-08),
 * {@link io.steward.domain.estate.GoodsRelease} (EST-09 pass state machine) and {@link io.steward.domain.estate.Census}
 * (EST-03 monthly round). The desks implement the in-ports: each loads, calls the aggregate, saves, audits and
 * publishes, inside one transaction: {@code HandoverDesk}, {@code Occupants} (move-in, move-out), {@code FeeDesk},
 * {@code Gate}, {@code CensusDesk}, {@code TransferDesk}, {@code EstateRegistry}, {@code StaffRoles},
 * {@code OwnerDataProtection}, {@code EstateQueries}. {@link io.steward.domain.estate.Meters} reads and bills the
 * metered utilities for the desks that must settle "every charge up to the day" (inspection, move-out, transfer).
 *
 * <p>Money: an amount from the schedule is computed exactly and rounded once, on the total of the period
 * ({@link io.steward.ports.estate.FeeItem}); a fee line is never edited — a mistake is reversed by a new line on the
 * project manager's approval, and only charges and payments are reversed.
 *
 * <p>Transfer (EST-07), two acts: {@code TransferDesk} records it (the old owner's later days credited back from the
 * schedule, every open obligation with an explicit disposition) and completes it when the cashier records the new
 * owner's prepayment; only then do money and archives move and {@link io.steward.ports.estate.OwnershipTransferred}
 * is published, so that the contexts holding keys and deposits act on their obligations. Those contexts report what
 * the old owner still has open through {@link io.steward.ports.estate.out.OpenObligations}, handed to the desk by the
 * domain assembly: the estate context never reads another context's records.
 *
 * <p>A census (EST-03) never corrects the register by itself: a discrepancy is reported, and the project manager
 * confirms it as a correction (EST-02), only between the statuses no other process owns.
 */
package io.steward.domain.estate;
