package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code meter_reading} (append-only). */
@Entity
@Table(name = "meter_reading")
public class MeterReadingRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meter_reading_seq")
    @SequenceGenerator(name = "meter_reading_seq", sequenceName = "meter_reading_seq", allocationSize = 1)
    long seq;
    @Column(name = "estate_id")
    String estateId;
    @Column(name = "unit_id")
    String unitId;
    String meter;
    @Column(name = "reading_thousandths")
    long thousandths;
    Instant at;
    String actor;
    String reference;
}
