/**
 * In-memory implementations of every out-port: for tests, demos and integrators who embed Steward without a
 * database. Transactions are real: one writer at a time, and an undo log rolls back every change of a use case
 * that fails, so the in-memory adapter keeps the same "nothing half-written" promise as the JPA adapter.
 * {@link io.steward.adapter.memory.InMemory} builds a whole set that shares one transaction manager.
 */
package io.steward.adapter.memory;
