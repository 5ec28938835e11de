package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of {@code incident}. */
@Entity
@Table(name = "incident")
public class IncidentRow {
    @Id
    String id;
    @Column(name = "estate_id")
    String estateId;
    String kind;
    @Column(name = "unit_id")
    String unitId;
    String location;
    String description;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "reported_by")
    String reportedBy;
    @Column(name = "reported_at")
    Instant reportedAt;
    @Version
    long version;
}
