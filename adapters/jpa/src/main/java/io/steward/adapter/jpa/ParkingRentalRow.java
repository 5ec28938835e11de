package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Row of {@code parking_rental}: a monthly rental in relational columns. */
@Entity
@Table(name = "parking_rental")
public class ParkingRentalRow {
    @Id
    String id;
    @Column(name = "estate_id")
    String estateId;
    @Column(name = "unit_id")
    String unitId;
    @Column(name = "renter_id")
    String renterId;
    String party;
    @Column(name = "renter_name")
    String renterName;
    @Column(name = "renter_phone")
    String renterPhone;
    @Column(name = "vehicle_model")
    String vehicleModel;
    String plate;
    @Column(name = "licence_number")
    String licenceNumber;
    @Column(name = "rent_from")
    LocalDate from;
    @Column(name = "rent_to")
    LocalDate to;
    @Column(name = "rent_fen")
    long rentFen;
    String card;
    @Column(name = "card_number")
    String cardNumber;
    @Column(name = "card_out")
    String cardOut;
    @Column(name = "deposit_id")
    String depositId;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Version
    long version;
}
