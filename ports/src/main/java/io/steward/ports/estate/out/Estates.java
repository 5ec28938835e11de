package io.steward.ports.estate.out;

import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.Optional;

/** Repository of estates. Codes are unique across the company. */
public interface Estates {
    Optional<EstateState> find(EstateId id);

    Optional<EstateState> findByCode(String code);

    /** Optimistic write; throws {@code ConcurrentUpdate} on a stale version, {@code Conflict} on a taken code. */
    void save(EstateState state);

    Page<EstateState> list(PageRequest page);
}
