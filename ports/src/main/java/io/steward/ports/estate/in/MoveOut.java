package io.steward.ports.estate.in;

import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.InvalidInput;
import java.time.Instant;

/**
 * Moving out (EST-02, EST-06). FRONT_DESK.
 * <ul>
 *   <li>EST-06 退租: a tenant moves out. The goods-release pass for moving out comes first (EST-09) and is used by this
 *       move-out alone; the unit's meters are read on the day (every metered fee of the schedule) and every charge up to
 *       the move-out is settled; the owner is told and agrees (if not, the move-out waits); the unit becomes vacant and
 *       the tenant's archive is closed with the date.</li>
 *   <li>EST-02: the owner moves out (OWNER_OCCUPIED or OFFICE → VACANT) and still owns the unit: the meters are read on
 *       the day and every charge is settled; a goods-release pass, where goods leave, is used by this move-out.</li>
 * </ul>
 */
public interface MoveOut {
    ArchiveView tenantMovesOut(UnitId unit, TenantMoveOut moveOut);

    ArchiveView ownerMovesOut(UnitId unit, OwnerMoveOut moveOut);

    /**
     * @param pass        the goods-release pass for moving out
     * @param ownerAgrees whether the owner, once told, agrees to the move-out
     * @param itemsToStay what the owner wants left in the unit
     * @param movedOutAt  when, if not now; never in the future
     */
    record TenantMoveOut(GoodsPassId pass, boolean ownerAgrees, String itemsToStay, Instant movedOutAt) {
        public TenantMoveOut {
            itemsToStay = itemsToStay == null ? "" : itemsToStay;
            if (itemsToStay.length() > 300) {
                throw new InvalidInput("at most 300 characters of what stays");
            }
        }
    }

    /** @param pass the goods-release pass, where goods leave; @param movedOutAt when, if not now */
    record OwnerMoveOut(GoodsPassId pass, Instant movedOutAt) {
    }
}
