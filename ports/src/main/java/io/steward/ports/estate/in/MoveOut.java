package io.steward.ports.estate.in;

import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.InvalidInput;
import java.time.Instant;
import java.util.List;

/**
 * EST-06 退租: a tenant moves out. First the goods-release pass (EST-09); the meters are read and every charge up to
 * the move-out date is settled; the owner is told and agrees (if not, the move-out waits); the unit becomes vacant
 * and the tenant's archive is closed with the date. FRONT_DESK.
 */
public interface MoveOut {
    int MAX_METERS = 8;
    ArchiveView tenantMovesOut(UnitId unit, TenantMoveOut moveOut);

    /** One meter read at move-out. */
    record MeterReading(String meter, String reading) {
        public MeterReading {
            if (meter == null || meter.isBlank() || reading == null || reading.isBlank()) {
                throw new InvalidInput("a meter reading names the meter and its reading");
            }
            if (meter.length() > 32 || reading.length() > 32) {
                throw new InvalidInput("meter names and readings are at most 32 characters");
            }
        }
    }

    /**
     * @param pass          the goods-release pass for moving out
     * @param ownerAgrees   whether the owner, once told, agrees to the move-out
     * @param itemsToStay   what the owner wants left in the unit
     */
    record TenantMoveOut(GoodsPassId pass, List<MeterReading> readings, boolean ownerAgrees, String itemsToStay,
                         Instant movedOutAt) {
        public TenantMoveOut {
            readings = readings == null ? List.of() : List.copyOf(readings);
            itemsToStay = itemsToStay == null ? "" : itemsToStay;
            if (readings.size() > MAX_METERS || itemsToStay.length() > 300) {
                throw new InvalidInput("at most " + MAX_METERS + " meter readings and 300 characters of what stays");
            }
        }
    }
}
