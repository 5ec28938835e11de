package io.steward.ports.estate.out;

import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.Optional;

/** Repository of estates. Codes are unique across the company. */
public interface Estates {
    Optional<EstateState> find(EstateId id);

    Optional<EstateState> findByCode(String code);

    /**
     * Optimistic write: stores when the stored version equals {@code state.version()} (0 = new).
     *
     * @return the state as stored, with its new version, so that a use case never reads back what it just wrote
     */
    EstateState save(EstateState state);

    Page<EstateState> list(PageRequest page);
}
