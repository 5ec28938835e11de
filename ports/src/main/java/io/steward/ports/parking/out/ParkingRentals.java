package io.steward.ports.parking.out;

import io.steward.ports.parking.ParkingRentalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The monthly parking rentals: versioned state ({@link io.steward.ports.shared.out.Versioned}). */
public interface ParkingRentals {
    Optional<ParkingRentalState> find(ParkingRentalId id);

    /** Stores the rental when its version is the stored one; answers it as stored. A card number is one estate's once. */
    ParkingRentalState save(ParkingRentalState state);

    /** The estate's rentals, newest first. */
    Page<ParkingRentalState> ofEstate(EstateId estate, PageRequest page);

    /** The estate's rentals running on some day from {@code from} to {@code to}, by plate. */
    List<ParkingRentalState> running(EstateId estate, LocalDate from, LocalDate to);

    /** The rental of the estate whose card has {@code cardNumber}, issued and not returned, if any. */
    Optional<ParkingRentalState> byCard(EstateId estate, String cardNumber);
}
