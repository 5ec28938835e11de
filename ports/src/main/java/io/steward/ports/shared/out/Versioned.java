package io.steward.ports.shared.out;

import io.steward.ports.shared.ConcurrentUpdate;

/**
 * The convention for versioned state, one for every store: a state record carries the version it was read at
 * (0 = never stored); a save stores it when the stored version still equals that one, and answers the state as
 * stored, with version + 1. So no use case reads back what it has just written, and two writers of one record
 * cannot both win: the second is refused with {@link ConcurrentUpdate}, never merged.
 *
 * <p>Both adapters check through {@link #expect}, so they cannot disagree on what a stale write is.
 *
 * @param <S> the state record itself
 */
public interface Versioned<S extends Versioned<S>> {
    /** The version this state was read at; 0 when it has never been stored. */
    long version();

    /** This state with another version (the stores set it; use cases never do). */
    S withVersion(long version);

    /** This state as a save stores it: one version on. */
    default S stored() {
        return withVersion(version() + 1);
    }

    /**
     * The optimistic-lock check of a store: refuses the write unless the version stored now ({@code 0} when there
     * is no record yet) is the one the writer read.
     *
     * @throws ConcurrentUpdate when they differ
     */
    static void expect(String what, Object id, long stored, long read) {
        if (stored != read) {
            throw new ConcurrentUpdate(what, id, read);
        }
    }
}
