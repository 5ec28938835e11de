package io.steward.ports.estate;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a handover record. */
public record HandoverId(UUID value) implements Identifier {
    public HandoverId {
        Objects.requireNonNull(value, "handover id");
    }

    public static HandoverId newId() {
        return new HandoverId(UUID.randomUUID());
    }

    public static HandoverId parse(String text) {
        return new HandoverId(Ids.parse(text, "handover id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
