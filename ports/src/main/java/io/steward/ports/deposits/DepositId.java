package io.steward.ports.deposits;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a deposit held for one holder. */
public record DepositId(UUID value) implements Identifier {
    public DepositId {
        Objects.requireNonNull(value, "deposit id");
    }

    public static DepositId newId() {
        return new DepositId(UUID.randomUUID());
    }

    public static DepositId parse(String text) {
        return new DepositId(Ids.parse(text, "deposit id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
