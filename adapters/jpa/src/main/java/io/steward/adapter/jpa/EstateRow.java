package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Row of {@code estate}. */
@Entity
@Table(name = "estate")
public class EstateRow {
    @Id
    String id;
    String code;
    String name;
    String zone;
    @Column(length = 1_000_000)
    String body;
    @Version
    long version;
}
