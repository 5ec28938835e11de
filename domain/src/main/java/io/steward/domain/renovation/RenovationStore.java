package io.steward.domain.renovation;

import io.steward.ports.estate.in.UnitDirectory;
import io.steward.ports.renovation.out.Renovations;
import java.util.Objects;

/**
 * The repository of the renovation context, handed over by the composition root; the estate's units, owners and
 * policy it asks the estate's published {@link UnitDirectory}, which the assembly connects.
 */
public record RenovationStore(Renovations renovations, UnitDirectory estate) {
    public RenovationStore(Renovations renovations) {
        this(renovations, null);
    }

    public RenovationStore {
        Objects.requireNonNull(renovations, "renovations");
    }

    public RenovationStore connectedTo(UnitDirectory estate) {
        return new RenovationStore(renovations, Objects.requireNonNull(estate, "the estate's directory"));
    }

    @Override
    public UnitDirectory estate() {
        return io.steward.domain.shared.Connections.connected(estate, "renovation");
    }
}
