package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code occupancy_change} (append-only). */
@Entity
@Table(name = "occupancy_change")
public class OccupancyChangeRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_seq")
    @SequenceGenerator(name = "history_seq", sequenceName = "history_seq", allocationSize = 1)
    long seq;
    @Column(name = "unit_id")
    String unitId;
    @Column(name = "estate_id")
    String estateId;
    @Column(name = "from_state")
    String from;
    @Column(name = "to_state")
    String to;
    String cause;
    String reference;
    String actor;
    Instant at;
}
