package io.steward.ports.shared.out;

import java.util.function.Supplier;

/**
 * The unit of work. Every use case runs its loads, saves, audit record and events inside one call, so a refused
 * or failed use case leaves nothing half-written.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
