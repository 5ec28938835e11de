package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Row of {@code fee_entry} (append-only). {@code seq} keeps the order of lines. */
@Entity
@Table(name = "fee_entry")
public class FeeEntryRow {
    String id;
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_seq")
    @SequenceGenerator(name = "ledger_seq", sequenceName = "ledger_seq", allocationSize = 1)
    long seq;
    @Column(name = "estate_id")
    String estateId;
    @Column(name = "unit_id")
    String unitId;
    String kind;
    String item;
    @Column(name = "amount_fen")
    long amountFen;
    @Column(name = "period_from")
    LocalDate periodFrom;
    @Column(name = "period_to")
    LocalDate periodTo;
    String reverses;
    String reference;
    String actor;
    Instant at;
}
