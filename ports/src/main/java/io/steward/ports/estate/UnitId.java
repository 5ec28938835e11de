package io.steward.ports.estate;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a unit record. */
public record UnitId(UUID value) implements Identifier {
    public UnitId {
        Objects.requireNonNull(value, "unit id");
    }

    public static UnitId newId() {
        return new UnitId(UUID.randomUUID());
    }

    public static UnitId parse(String text) {
        return new UnitId(Ids.parse(text, "unit id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
