package io.steward.domain.keys;

import io.steward.ports.emergency.out.Incidents;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.UnitDirectory;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.out.ForcedEntries;
import io.steward.ports.keys.out.KeyMovements;
import io.steward.ports.keys.out.KeyRegisters;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.keys.out.Keys;
import io.steward.ports.shared.NotFound;

/**
 * The repositories of key custody and the incident log it reads, handed over by the composition root; what it needs to
 * know of units, owners and handovers it asks the estate context's published {@link UnitDirectory}, which the assembly
 * ({@code Steward}) connects — a composition root never hands key custody the estate's repositories.
 */
public record KeyStore(KeyRegisters registers, Keys keys, KeyMovements movements, ForcedEntries entries, Incidents incidents,
                       UnitDirectory estate) {

    /** Key custody's own out-ports; the assembly adds the estate's directory. */
    public KeyStore(KeyRegisters registers, Keys keys, KeyMovements movements, ForcedEntries entries, Incidents incidents) {
        this(registers, keys, movements, entries, incidents, null);
    }

    /** The same store, asking {@code directory} about units. */
    public KeyStore withEstate(UnitDirectory directory) {
        return new KeyStore(registers, keys, movements, entries, incidents, directory);
    }

    /** The estate's directory; present once the assembly has connected the contexts. */
    @Override
    public UnitDirectory estate() {
        if (estate == null) {
            throw new IllegalStateException("key custody asks the estate context about units: build it through Steward");
        }
        return estate;
    }

    KeyState key(KeyId id) {
        return keys.find(id).orElseThrow(() -> new NotFound("key", id));
    }

    UnitState unit(UnitId id) {
        return estate().unit(id).orElseThrow(() -> new NotFound("unit", id));
    }
}
