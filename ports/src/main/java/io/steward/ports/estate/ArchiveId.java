package io.steward.ports.estate;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a archive record. */
public record ArchiveId(UUID value) implements Identifier {
    public ArchiveId {
        Objects.requireNonNull(value, "archive id");
    }

    public static ArchiveId newId() {
        return new ArchiveId(UUID.randomUUID());
    }

    public static ArchiveId parse(String text) {
        return new ArchiveId(Ids.parse(text, "archive id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
