package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of {@code approval}: every field a column, so that who approved what can be asked in SQL. */
@Entity
@Table(name = "approval")
public class ApprovalRow {
    @Id
    String id;
    @Column(name = "estate_id")
    String estateId;
    String purpose;
    String subject;
    String detail;
    String reason;
    @Column(name = "requested_by")
    String requestedBy;
    @Column(name = "requested_at")
    Instant requestedAt;
    String status;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "decided_as")
    String decidedAs;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decision_note")
    String decisionNote;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "consumed_by")
    String consumedBy;
    @Column(name = "consumed_at")
    Instant consumedAt;
    @Column(name = "acted_first")
    boolean actedFirst;
    @Version
    long version;
}
