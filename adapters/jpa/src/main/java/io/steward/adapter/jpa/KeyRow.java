package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of {@code custody_key}: the key's state as JSON, with the columns the register is searched by. */
@Entity
@Table(name = "custody_key")
public class KeyRow {
    @Id
    String id;
    @Column(name = "estate_id")
    String estateId;
    @Column(name = "key_number")
    long number;
    @Column(name = "unit_id")
    String unitId;
    String status;
    @Column(name = "due_at")
    Instant dueAt;
    @Column(length = 100_000)
    String body;
    @Version
    long version;
}
