package io.steward.ports.parking;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a price list of paid services. */
public record PriceListId(UUID value) implements Identifier {
    public PriceListId {
        Objects.requireNonNull(value, "price list id");
    }

    public static PriceListId newId() {
        return new PriceListId(UUID.randomUUID());
    }

    public static PriceListId parse(String text) {
        return new PriceListId(Ids.parse(text, "price list id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
