package io.steward.ports.deposits;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a ledger posting: the transfer id a money operation is processed under, once (DEP-06). */
public record PostingId(UUID value) implements Identifier {
    public PostingId {
        Objects.requireNonNull(value, "posting id");
    }

    public static PostingId newId() {
        return new PostingId(UUID.randomUUID());
    }

    public static PostingId parse(String text) {
        return new PostingId(Ids.parse(text, "posting id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
