package io.steward.ports.shared;

import java.util.UUID;

/**
 * The marker of an id type: a record of one UUID, written as its text ({@code toString()}) and read back by its static
 * {@code parse(String)}, which refuses a malformed id as {@link InvalidInput}. Adapters bind every id through this
 * marker — JSON-B in the REST adapter, strict JSON reading — so a new id type needs no registration anywhere;
 * {@code IdentifiersTest} finds every id of the ports and round-trips it.
 */
public interface Identifier {
    UUID value();
}
