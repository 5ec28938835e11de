package io.steward.ports.parking.out;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.UnitId;
import io.steward.ports.parking.CardStatus;
import io.steward.ports.parking.ParkingRentalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.out.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A monthly rental as stored: PRK-01's record, its card and the card's deposit. */
public record ParkingRentalState(ParkingRentalId id, EstateId estate, UnitId unit, ArchiveId renter, Party party,
                                 String renterName, String renterPhone, String vehicleModel, String plate,
                                 String licenceNumber, LocalDate from, LocalDate to, Fen rent, CardStatus card,
                                 String cardNumber,
                                 DepositId deposit, String recordedBy, Instant recordedAt, long version)
        implements Versioned<ParkingRentalState> {
    public ParkingRentalState {
        Objects.requireNonNull(id, "rental id");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(renter, "renter");
        Objects.requireNonNull(card, "card status");
        Objects.requireNonNull(rent, "rent");
        if ((card == CardStatus.NONE) != (cardNumber == null) || (card == CardStatus.NONE) != (deposit == null)) {
            throw new IllegalArgumentException("an issued card has its number and its deposit, and only one");
        }
    }

    @Override
    public ParkingRentalState withVersion(long version) {
        return new ParkingRentalState(id, estate, unit, renter, party, renterName, renterPhone, vehicleModel, plate,
                licenceNumber, from, to, rent, card, cardNumber, deposit, recordedBy, recordedAt, version);
    }

    /** The rental with card {@code number} in {@code status}, against {@code deposit}. */
    public ParkingRentalState withCard(CardStatus status, String number, DepositId deposit) {
        return new ParkingRentalState(id, estate, unit, renter, party, renterName, renterPhone, vehicleModel, plate,
                licenceNumber, from, to, rent, status, number, deposit, recordedBy, recordedAt, version);
    }
}
