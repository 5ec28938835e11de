package io.steward.ports.parking;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.time.LocalDate;

/**
 * PRK-01's monthly-rental record (月租登记: date, owner, phone, model, plate, period, card number) as a caller may see
 * it, with the rent it charged to the renter's unit (the estate's monthly rent for each month begun); the renter's
 * name and phone are masked without the grant to read the unit's personal data (EST-08).
 */
public record RentalView(ParkingRentalId id, EstateId estate, UnitId unit, ArchiveId renter, Party party, String renterName,
                         String renterPhone, String vehicleModel, String plate, String licenceNumber, LocalDate from,
                         LocalDate to, Fen rent, CardStatus card, String cardNumber, DepositId deposit, String recordedBy,
                         Instant recordedAt, long version) {
}
