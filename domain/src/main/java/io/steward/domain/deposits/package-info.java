/**
 * The deposits context's rules (DOMAIN.md §4): {@link io.steward.domain.deposits.DepositBook}, the desk of the
 * deposits held and their double-entry ledger; {@link io.steward.domain.deposits.DepositAccount}, a deposit with its
 * balance, which never pays out more than it holds; {@link io.steward.domain.deposits.Deductions}, DEP-03 as a named
 * policy. A deposit is collected by the process it secures (renovation fees REN-05, a parking card DEP-05), through
 * {@code DepositBook.collect}; its refund is that process's last step (DEP-04).
 *
 * <p>The ledger is built like the ledgers that never lose money (TigerBeetle's transfers): a posting moves one
 * positive amount from one account to another, so each balances by construction; entries are immutable and corrected
 * by reversals; a deduction is held (pending) before it is posted or voided, and counts against the deposit while
 * held; each posting id is processed once. The balance of each account is kept as postings are appended, so no read
 * or write sums a history.
 */
package io.steward.domain.deposits;
