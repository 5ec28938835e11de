/**
 * Repositories the estate context needs (SPI), and the state records they store (memento style: an aggregate
 * exposes its state record and is rebuilt from one, so no adapter ever sees an aggregate).
 *
 * <p>Every {@code save} of a versioned state is an optimistic-locking write: the adapter stores it only when the
 * stored version equals {@code state.version()} (0 = new) and throws
 * {@link io.steward.ports.shared.ConcurrentUpdate} otherwise. Histories ({@link OccupancyChange},
 * {@link FeeEntry}) are append-only: no port offers to edit or delete them.
 * The contract tests of {@code steward-testkit} pin this behaviour for every implementation.
 */
package io.steward.ports.estate.out;
