package io.steward.ports.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who did what to which object, in which estate, when. Append-only.
 *
 * @param actor      login of the person who acted
 * @param estate     the estate the object belongs to (null for company-level acts)
 * @param action     the use case, e.g. {@code handover.verify-identity}
 * @param objectType the kind of object, e.g. {@code unit}
 * @param objectId   its id
 * @param at         when, from the injected clock
 * @param detail     a short, non-personal description (personal data never goes into the audit trail)
 */
public record AuditRecord(String actor, EstateId estate, String action, String objectType, String objectId,
                          Instant at, String detail) {
    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? "" : detail;
    }
}
