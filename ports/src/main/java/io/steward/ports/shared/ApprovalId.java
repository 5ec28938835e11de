package io.steward.ports.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of an approval (a request for an approval act, and its decision). */
public record ApprovalId(UUID value) implements Identifier {
    public ApprovalId {
        Objects.requireNonNull(value, "approval id");
    }

    public static ApprovalId newId() {
        return new ApprovalId(UUID.randomUUID());
    }

    public static ApprovalId parse(String text) {
        return new ApprovalId(Ids.parse(text, "approval id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
