package io.steward.ports.estate;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;

import java.util.Objects;
import java.util.UUID;

/** Identity of an ownership transfer (EST-07). */
public record TransferId(UUID value) implements Identifier {
    public TransferId {
        Objects.requireNonNull(value, "transfer id");
    }

    public static TransferId newId() {
        return new TransferId(UUID.randomUUID());
    }

    public static TransferId parse(String text) {
        return new TransferId(Ids.parse(text, "transfer id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
