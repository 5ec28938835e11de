package io.steward.ports.estate.out;

import io.steward.ports.estate.AccessGrantKind;
import io.steward.ports.estate.AccessGrantStatus;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;
import java.util.UUID;

/**
 * EST-08: a request to read an archive unmasked (approved by the archivist) or to disclose it outside the company
 * (approved by company leadership), with its decision.
 */
public record AccessGrantState(UUID id, EstateId estate, ArchiveId archive, AccessGrantKind kind, String requestedBy,
                               String purpose, String recipient, AccessGrantStatus status, String decidedBy,
                               Instant requestedAt, Instant decidedAt, Instant expiresAt, long version) {
}
