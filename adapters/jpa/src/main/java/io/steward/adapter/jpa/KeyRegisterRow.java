package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of {@code key_register}: one per estate; {@code lastNumber} is advanced under a row lock (KEY-02). */
@Entity
@Table(name = "key_register")
public class KeyRegisterRow {
    @Id
    @Column(name = "estate_id")
    String estateId;
    @Column(name = "key_manager")
    String keyManager;
    @Column(name = "designated_by")
    String designatedBy;
    @Column(name = "designated_at")
    Instant designatedAt;
    @Column(name = "last_number")
    long lastNumber;
    @Version
    long version;
}
