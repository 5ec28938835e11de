/**
 * What key custody needs from outside: the register of each estate (with its gap-free numbering), the keys, their
 * append-only movements, and forced-entry records. The contract tests in {@code steward-testkit} say what an
 * implementation must do.
 */
package io.steward.ports.keys.out;
