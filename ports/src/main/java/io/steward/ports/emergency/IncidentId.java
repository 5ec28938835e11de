package io.steward.ports.emergency;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;

import java.util.Objects;
import java.util.UUID;

/** Identity of an incident. */
public record IncidentId(UUID value) implements Identifier {
    public IncidentId {
        Objects.requireNonNull(value, "incident id");
    }

    public static IncidentId newId() {
        return new IncidentId(UUID.randomUUID());
    }

    public static IncidentId parse(String text) {
        return new IncidentId(Ids.parse(text, "incident id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
