package io.steward.domain.keys;

import io.steward.ports.emergency.in.IncidentDirectory;
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
 * The repositories of key custody, handed over by the composition root. What it needs to know of other contexts — the
 * estate's units, owners and handovers, the emergency context's incidents — it asks their published read ports
 * ({@link UnitDirectory}, {@link IncidentDirectory}), which the assembly ({@code Steward}) connects: a composition root
 * never hands key custody another context's repositories.
 */
public record KeyStore(KeyRegisters registers, Keys keys, KeyMovements movements, ForcedEntries entries,
                       UnitDirectory estate, IncidentDirectory incidents) {

    /** Key custody's own out-ports; the assembly connects the other contexts' read ports. */
    public KeyStore(KeyRegisters registers, Keys keys, KeyMovements movements, ForcedEntries entries) {
        this(registers, keys, movements, entries, null, null);
    }

    /** The same store, asking {@code estate} about units and {@code incidents} about incidents. */
    public KeyStore connectedTo(UnitDirectory estate, IncidentDirectory incidents) {
        return new KeyStore(registers, keys, movements, entries, estate, incidents);
    }

    /** The estate's directory; present once the assembly has connected the contexts. */
    @Override
    public UnitDirectory estate() {
        return connected(estate);
    }

    /** The emergency context's directory; present once the assembly has connected the contexts. */
    @Override
    public IncidentDirectory incidents() {
        return connected(incidents);
    }

    private static <T> T connected(T port) {
        return io.steward.domain.shared.Connections.connected(port, "key custody");
    }

    KeyState key(KeyId id) {
        return keys.find(id).orElseThrow(() -> new NotFound("key", id));
    }

    UnitState unit(UnitId id) {
        return estate().unit(id).orElseThrow(() -> new NotFound("unit", id));
    }
}
