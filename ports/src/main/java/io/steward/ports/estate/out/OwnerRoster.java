package io.steward.ports.estate.out;

import io.steward.ports.estate.UnitId;
import java.util.List;
import java.util.Optional;

/** The developer's owner roster (业主清册) and its later updates on transfer (EST-04, EST-07). */
public interface OwnerRoster {
    /** Adds or replaces the roster line of each unit. */
    void put(List<RosterEntry> entries);

    Optional<RosterEntry> find(UnitId unit);
}
