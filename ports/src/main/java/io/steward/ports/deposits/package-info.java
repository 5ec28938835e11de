/**
 * Deposits and their money (DOMAIN.md §4, DEP-01 … DEP-06): a deposit held for one holder (the owner, a tenant or the
 * renovation contractor), and the double-entry ledger its money is in. Every movement is a posting between two named
 * accounts ({@link io.steward.ports.deposits.AccountKind}) by one positive amount, in integer fen; entries never change;
 * a mistake is corrected by a reversal; a deduction is held first, then posted or voided; each posting id is processed
 * once. Deductions are only of the DEP-03 kinds, each naming its evidence.
 */
package io.steward.ports.deposits;
