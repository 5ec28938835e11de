package io.steward.ports.keys.in;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.MovementView;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.KeyView;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;

/**
 * What a key manager needs to see: where every key is now, a key's history, keys past due, keys of a unit. Any staff of
 * the estate reads them (an owner or tenant sees only their own unit's keys); names of owners, entrusting people,
 * visitors and recipients are masked unless the caller holds the grant to read the unit's personal data (EST-08).
 */
public interface BrowseKeys {
    KeyRegisterState registerOf(EstateId estate);

    /** The register in number order, optionally only keys in one status. */
    Page<KeyView> keysOf(EstateId estate, KeyStatus status, PageRequest page);

    KeyView key(KeyId key);

    /** The key's history, oldest first; names of people outside the staff masked unless the caller holds the grant. */
    List<MovementView> history(KeyId key);

    /** KEY-07: keys out with staff past their due time, longest overdue first. */
    List<KeyView> overdue(EstateId estate);

    List<KeyView> keysOfUnit(UnitId unit);
}
