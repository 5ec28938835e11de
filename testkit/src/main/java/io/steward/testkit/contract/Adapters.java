package io.steward.testkit.contract;

import io.steward.ports.emergency.out.Incidents;
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
import io.steward.ports.shared.out.ApprovalRecords;
import io.steward.ports.shared.out.AuditTrail;
import io.steward.ports.shared.out.IdempotencyRecords;
import io.steward.ports.shared.out.RoleGrants;
import io.steward.ports.shared.out.Transactions;

/** The implementation under test: one set of out-ports sharing one transaction manager. */
public record Adapters(Transactions transactions, Estates estates, EstateLayouts layouts, Units units,
                       OccupancyHistory history, OwnerRoster roster, Archives archives, Handovers handovers,
                       FeeLedger ledger, AuditTrail audit, RoleGrants roles,
                       IdempotencyRecords idempotency, GoodsPasses passes, Censuses censuses, ApprovalRecords approvals,
                       Incidents incidents, MeterReadings meters, OwnershipTransfers transfers) {
}
