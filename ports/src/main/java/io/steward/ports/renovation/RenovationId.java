package io.steward.ports.renovation;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a renovation (装修): one application, from its filing to its deposit's refund. */
public record RenovationId(UUID value) implements Identifier {
    public RenovationId {
        Objects.requireNonNull(value, "renovation id");
    }

    public static RenovationId newId() {
        return new RenovationId(UUID.randomUUID());
    }

    public static RenovationId parse(String text) {
        return new RenovationId(Ids.parse(text, "renovation id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
