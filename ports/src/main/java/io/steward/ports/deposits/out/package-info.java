/**
 * The deposits context's SPI: the deposits ({@link io.steward.ports.deposits.out.Deposits}) and the double-entry
 * ledger their money is in ({@link io.steward.ports.deposits.out.Ledger}). Implemented by the adapters.
 */
package io.steward.ports.deposits.out;
