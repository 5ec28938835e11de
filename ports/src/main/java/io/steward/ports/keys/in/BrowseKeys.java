package io.steward.ports.keys.in;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;

/** What a key manager needs to see: where every key is now, a key's history, keys past due, keys of a unit. */
public interface BrowseKeys {
    KeyRegisterState registerOf(EstateId estate);

    /** The register in number order, optionally only keys in one status. */
    Page<KeyState> keysOf(EstateId estate, KeyStatus status, PageRequest page);

    KeyState key(KeyId key);

    List<KeyMovement> history(KeyId key);

    /** KEY-07: keys out with staff past their due time, longest overdue first. */
    List<KeyState> overdue(EstateId estate);

    List<KeyState> keysOfUnit(UnitId unit);
}
