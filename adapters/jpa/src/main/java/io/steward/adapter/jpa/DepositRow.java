package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of {@code deposit}: a deposit's state in relational columns (its money is in the ledger tables). */
@Entity
@Table(name = "deposit")
public class DepositRow {
    @Id
    String id;
    @Column(name = "estate_id")
    String estateId;
    @Column(name = "unit_id")
    String unitId;
    String purpose;
    String subject;
    @Column(name = "holder_kind")
    String holderKind;
    @Column(name = "holder_name")
    String holderName;
    @Column(name = "holder_phone")
    String holderPhone;
    @Column(name = "amount_fen")
    long amountFen;
    String status;
    @Column(name = "collected_by")
    String collectedBy;
    @Column(name = "collected_at")
    Instant collectedAt;
    @Version
    long version;
}
