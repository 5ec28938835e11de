package io.steward.domain.keys;

import io.steward.ports.emergency.out.Incidents;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.Archives;
import io.steward.ports.estate.out.Estates;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.Handovers;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.estate.out.Units;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.out.ForcedEntries;
import io.steward.ports.keys.out.KeyMovements;
import io.steward.ports.keys.out.KeyRegisters;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.keys.out.Keys;
import io.steward.ports.shared.NotFound;
import java.util.Optional;

/**
 * The repositories of key custody, and the out-ports of other contexts it reads (the estate's estates, units, handovers
 * and archives; the incident log), handed over together by the composition root.
 */
public record KeyStore(KeyRegisters registers, Keys keys, KeyMovements movements, ForcedEntries entries,
                       Estates estates, Units units, Handovers handovers, Archives archives,
                       Incidents incidents) {

    KeyState key(KeyId id) {
        return keys.find(id).orElseThrow(() -> new NotFound("key", id));
    }

    UnitState unit(UnitId id) {
        return units.find(id).orElseThrow(() -> new NotFound("unit", id));
    }

    /** The unit's newest handover, if any. */
    Optional<HandoverState> lastHandover(UnitId unit) {
        return handovers.ofUnit(unit).stream().reduce((a, b) -> b);
    }

    /** The unit's current owner archive, if any. */
    Optional<ArchiveState> owner(UnitId unit) {
        return archives.ofUnit(unit).stream().filter(a -> a.party() == Party.OWNER && a.status() == ArchiveStatus.ACTIVE)
                .reduce((a, b) -> b);
    }
}
