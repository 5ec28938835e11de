package io.steward.ports.estate;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a occupancy census round. */
public record CensusId(UUID value) implements Identifier {
    public CensusId {
        Objects.requireNonNull(value, "occupancy census round id");
    }

    public static CensusId newId() {
        return new CensusId(UUID.randomUUID());
    }

    public static CensusId parse(String text) {
        return new CensusId(Ids.parse(text, "occupancy census round id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
