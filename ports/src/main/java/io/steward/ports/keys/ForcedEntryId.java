package io.steward.ports.keys;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a forced entry. */
public record ForcedEntryId(UUID value) implements Identifier {
    public ForcedEntryId {
        Objects.requireNonNull(value, "forced entry id");
    }

    public static ForcedEntryId newId() {
        return new ForcedEntryId(UUID.randomUUID());
    }

    public static ForcedEntryId parse(String text) {
        return new ForcedEntryId(Ids.parse(text, "forced entry id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
