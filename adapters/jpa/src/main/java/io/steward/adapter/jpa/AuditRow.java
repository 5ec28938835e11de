package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code audit_record} (append-only). */
@Entity
@Table(name = "audit_record")
public class AuditRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 1)
    long seq;
    String actor;
    @Column(name = "estate_id")
    String estateId;
    String action;
    @Column(name = "object_type")
    String objectType;
    @Column(name = "object_id")
    String objectId;
    Instant at;
    String detail;
}
