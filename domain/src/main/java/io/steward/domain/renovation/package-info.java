/**
 * The renovation context (装修, REN-01 … REN-10, DEP-04; the seed 004 §2).
 *
 * <p>{@link io.steward.domain.renovation.Renovation} is the process as an explicit state machine — APPLIED → APPROVED →
 * AGREED → FEES_PAID → PERMITTED → IN_WORKS → COMPLETED → SETTLED, with REJECTED and WITHDRAWN before works — whose
 * acts check the status first, then their rule, then append their form and a step of the timeline. It checks no role
 * and reads nothing, so each rule is tested alone; the use cases ({@code RenovationDesk}, {@code RenovationSupervision},
 * {@code RenovationRefunds}, {@code RenovationQueries}) check who acts, read what the rule needs through the estate's
 * published {@link io.steward.ports.estate.in.UnitDirectory}, and save.
 *
 * <p>Money goes through the deposits context: the fees' deposit is collected by {@code DepositBook.collect} (DEP-01,
 * from the estate's published amount), a penalty on a notice is held by its {@code holdDeduction} on the project
 * manager's approval of the exact amount (REN-09, DEP-03), and the refund is its {@code refund}, after this context's
 * DEP-04 conditions and the project manager's approval of the refundable amount ({@code renovation.refund}).
 *
 * <p>The unit's status changes through the estate's own process (EST-02): the entry inspection publishes
 * {@code WorksStarted}, the acceptance {@code WorksAccepted}, and the assembly's reactions move the unit to RENOVATING
 * and back to what it was, in the same transaction.
 */
package io.steward.domain.renovation;
