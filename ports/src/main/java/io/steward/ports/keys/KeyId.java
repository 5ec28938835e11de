package io.steward.ports.keys;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a key. */
public record KeyId(UUID value) implements Identifier {
    public KeyId {
        Objects.requireNonNull(value, "key id");
    }

    public static KeyId newId() {
        return new KeyId(UUID.randomUUID());
    }

    public static KeyId parse(String text) {
        return new KeyId(Ids.parse(text, "key id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
