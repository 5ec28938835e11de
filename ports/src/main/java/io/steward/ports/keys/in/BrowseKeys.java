package io.steward.ports.keys.in;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.KeyView;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;

/** What a key manager needs to see: where every key is now, a key's history, keys past due, keys of a unit. */
public interface BrowseKeys {
    KeyRegisterState registerOf(EstateId estate);

    /** The register in number order, optionally only keys in one status. */
    Page<KeyView> keysOf(EstateId estate, KeyStatus status, PageRequest page);

    KeyView key(KeyId key);

    List<KeyMovement> history(KeyId key);

    /** KEY-07: keys out with staff past their due time, longest overdue first. */
    List<KeyView> overdue(EstateId estate);

    List<KeyView> keysOfUnit(UnitId unit);
}
