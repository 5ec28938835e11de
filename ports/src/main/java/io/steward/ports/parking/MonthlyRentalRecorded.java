package io.steward.ports.parking;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.LocalDate;

/**
 * PRK-01: a monthly rental was recorded; its rent is charged to the renter's unit's fee account (the assembly's
 * reaction), in the same transaction — paid at the till like every fee, never settled privately (PRK-02).
 */
public record MonthlyRentalRecorded(EstateId estate, UnitId unit, ParkingRentalId rental, String plate, LocalDate from,
                                    LocalDate to, Fen rent) {
    /** The fee item the rent is charged under. */
    public static final String FEE_ITEM = "PARKING_RENT";
}
