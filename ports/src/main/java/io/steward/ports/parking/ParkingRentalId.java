package io.steward.ports.parking;

import io.steward.ports.shared.Identifier;
import io.steward.ports.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a monthly parking rental. */
public record ParkingRentalId(UUID value) implements Identifier {
    public ParkingRentalId {
        Objects.requireNonNull(value, "parking rental id");
    }

    public static ParkingRentalId newId() {
        return new ParkingRentalId(UUID.randomUUID());
    }

    public static ParkingRentalId parse(String text) {
        return new ParkingRentalId(Ids.parse(text, "parking rental id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
