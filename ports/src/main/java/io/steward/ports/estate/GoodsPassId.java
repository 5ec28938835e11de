package io.steward.ports.estate;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a goods-release pass. */
public record GoodsPassId(UUID value) implements Identifier {
    public GoodsPassId {
        Objects.requireNonNull(value, "goods-release pass id");
    }

    public static GoodsPassId newId() {
        return new GoodsPassId(UUID.randomUUID());
    }

    public static GoodsPassId parse(String text) {
        return new GoodsPassId(Ids.parse(text, "goods-release pass id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
