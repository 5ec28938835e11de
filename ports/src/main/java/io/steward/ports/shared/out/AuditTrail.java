package io.steward.ports.shared.out;

import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;

/** The append-only audit trail. Written in the same transaction as the change it records. */
public interface AuditTrail {
    void append(AuditRecord record);

    /** Newest first. */
    Page<AuditRecord> ofEstate(EstateId estate, PageRequest page);

    /** Newest first: everything done to one object. */
    Page<AuditRecord> ofObject(String objectType, String objectId, PageRequest page);
}
