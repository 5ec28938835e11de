package io.steward.ports.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of an estate (小区 / 项目): every record belongs to exactly one. */
public record EstateId(UUID value) implements Identifier {
    public EstateId {
        Objects.requireNonNull(value, "estate id");
    }

    public static EstateId newId() {
        return new EstateId(UUID.randomUUID());
    }

    public static EstateId parse(String text) {
        return new EstateId(Ids.parse(text, "estate id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
