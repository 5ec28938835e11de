package io.steward.ports.estate.in;

import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.InvalidInput;
import java.time.Instant;

/**
 * EST-05 入住: the owner, or a tenant, moves into a handed-over vacant unit. A tenant needs the owner's commitment
 * letter, the lease, the tenant information form and a signed safety letter. FRONT_DESK.
 */
public interface MoveIn {

    /** The owner moves in; returns the owner's archive. */
    ArchiveView ownerMovesIn(UnitId unit, Instant movedInAt);

    /** A tenant moves in; returns the new tenant archive. */
    ArchiveView tenantMovesIn(TenantMoveIn moveIn);

    record TenantMoveIn(UnitId unit, PersonalData tenant, String ownerCommitment, String lease, String safetyLetter,
                        Instant movedInAt) {
        public TenantMoveIn {
            if (unit == null || tenant == null) {
                throw new InvalidInput("unit and tenant information form are required");
            }
        }
    }
}
