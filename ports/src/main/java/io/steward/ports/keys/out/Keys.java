package io.steward.ports.keys.out;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The keys of the registers. A key's number is unique in its estate. */
public interface Keys {
    Optional<KeyState> find(KeyId id);

    /**
     * Optimistic write (version 0 = a new key): a stale version is a {@code ConcurrentUpdate}, so two movements of
     * the same key never both succeed (KEY-12); a number already taken in the estate is a {@code Conflict}. Answers the key
     * as stored, with its new version.
     */
    KeyState save(KeyState state);

    /** The register of the estate in number order, optionally only the keys in one status. */
    Page<KeyState> ofEstate(EstateId estate, KeyStatus status, PageRequest page);

    /** The keys of a unit in number order. */
    List<KeyState> ofUnit(UnitId unit);

    /** Keys out with staff whose due time is before {@code now}, the longest overdue first (KEY-07). */
    List<KeyState> overdue(EstateId estate, Instant now);
}
