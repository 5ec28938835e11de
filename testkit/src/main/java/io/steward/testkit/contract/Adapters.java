package io.steward.testkit.contract;

import io.steward.ports.deposits.out.Deposits;
import io.steward.ports.deposits.out.Ledger;
import io.steward.ports.emergency.out.Incidents;
import io.steward.ports.parking.out.ParkingRentals;
import io.steward.ports.estate.out.Censuses;
import io.steward.ports.estate.out.MeterReadings;
import io.steward.ports.estate.out.OwnershipTransfers;
import io.steward.ports.estate.out.GoodsPasses;
import io.steward.ports.estate.out.Archives;
import io.steward.ports.estate.out.EstateLayouts;
import io.steward.ports.estate.out.Estates;
import io.steward.ports.estate.out.FeeLedger;
import io.steward.ports.estate.out.Handovers;
import io.steward.ports.estate.out.OccupancyHistory;
import io.steward.ports.estate.out.OwnerRoster;
import io.steward.ports.estate.out.Units;
import io.steward.ports.keys.out.ForcedEntries;
import io.steward.ports.keys.out.KeyMovements;
import io.steward.ports.keys.out.KeyRegisters;
import io.steward.ports.keys.out.Keys;
import io.steward.ports.shared.out.ApprovalRecords;
import io.steward.ports.shared.out.AuditTrail;
import io.steward.ports.shared.out.IdempotencyRecords;
import io.steward.ports.shared.out.RoleGrants;
import io.steward.ports.shared.out.Transactions;

/**
 * The implementation under test: every out-port of one adapter, sharing one transaction manager. A context adds its
 * ports here and its contract to {@link PortsContract}; each adapter's test then runs it with no change.
 */
public record Adapters(Transactions transactions, Estates estates, EstateLayouts layouts, Units units,
                       OccupancyHistory history, OwnerRoster roster, Archives archives, Handovers handovers,
                       FeeLedger ledger, AuditTrail audit, RoleGrants roles,
                       IdempotencyRecords idempotency, GoodsPasses passes, Censuses censuses, ApprovalRecords approvals,
                       Incidents incidents, MeterReadings meters, OwnershipTransfers transfers,
                       KeyRegisters registers, Keys keys, KeyMovements movements, ForcedEntries entries,
                       Deposits deposits, Ledger depositLedger, ParkingRentals parkingRentals,
                       io.steward.ports.parking.out.PriceLists priceLists,
                       io.steward.ports.renovation.out.Renovations renovations) {
}
