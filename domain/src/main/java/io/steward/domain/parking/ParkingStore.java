package io.steward.domain.parking;

import io.steward.ports.estate.in.UnitDirectory;
import io.steward.ports.parking.out.ParkingRentals;
import io.steward.ports.parking.out.PriceLists;
import java.util.Objects;

/**
 * The repositories of the parking context, handed over by the composition root; the estate's units, residents and
 * tariff it asks the estate's published {@link UnitDirectory}, which the assembly connects.
 */
public record ParkingStore(ParkingRentals rentals, PriceLists priceLists, UnitDirectory estate) {
    public ParkingStore(ParkingRentals rentals, PriceLists priceLists) {
        this(rentals, priceLists, null);
    }

    public ParkingStore {
        Objects.requireNonNull(rentals, "parking rentals");
        Objects.requireNonNull(priceLists, "price lists");
    }

    public ParkingStore connectedTo(UnitDirectory estate) {
        return new ParkingStore(rentals, priceLists, Objects.requireNonNull(estate, "the estate's directory"));
    }

    @Override
    public UnitDirectory estate() {
        return io.steward.domain.shared.Connections.connected(estate, "parking");
    }
}
