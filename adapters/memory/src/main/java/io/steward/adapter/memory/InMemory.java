package io.steward.adapter.memory;

import io.steward.ports.deposits.out.Deposits;
import io.steward.ports.deposits.out.Ledger;
import io.steward.ports.parking.out.ParkingRentals;
import io.steward.ports.parking.out.PriceLists;
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
import io.steward.ports.emergency.out.Incidents;
import io.steward.ports.shared.out.ApprovalRecords;
import io.steward.ports.shared.out.AuditTrail;
import io.steward.ports.shared.out.IdempotencyRecords;
import io.steward.ports.shared.out.RoleGrants;

/** A complete in-memory set of out-ports that share one transaction manager. */
public final class InMemory {
    public final MemoryTransactions transactions = new MemoryTransactions();
    public final Estates estates = new InMemoryEstates(transactions);
    public final EstateLayouts layouts = new InMemoryEstateLayouts(transactions);
    public final Units units = new InMemoryUnits(transactions);
    public final OccupancyHistory history = new InMemoryOccupancyHistory(transactions);
    public final OwnerRoster roster = new InMemoryOwnerRoster(transactions);
    public final Archives archives = new InMemoryArchives(transactions);
    public final Handovers handovers = new InMemoryHandovers(transactions);
    public final FeeLedger ledger = new InMemoryFeeLedger(transactions);
    public final GoodsPasses passes = new InMemoryGoodsPasses(transactions);
    public final Censuses censuses = new InMemoryCensuses(transactions);
    public final MeterReadings meters = new InMemoryMeterReadings(transactions);
    public final OwnershipTransfers transfers = new InMemoryOwnershipTransfers(transactions);
    public final KeyRegisters keyRegisters = new InMemoryKeyRegisters(transactions);
    public final Keys keys = new InMemoryKeys(transactions);
    public final KeyMovements keyMovements = new InMemoryKeyMovements(transactions);
    public final ForcedEntries forcedEntries = new InMemoryForcedEntries(transactions);
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail(transactions);
    public final RoleGrants roles = new InMemoryRoleGrants(transactions);
    public final ApprovalRecords approvals = new InMemoryApprovalRecords(transactions);
    public final Incidents incidents = new InMemoryIncidents(transactions);
    public final Deposits deposits = new InMemoryDeposits(transactions);
    public final Ledger depositLedger = new InMemoryDepositLedger(transactions);
    public final ParkingRentals parkingRentals = new InMemoryParkingRentals(transactions);
    public final PriceLists priceLists = new InMemoryPriceLists(transactions);
    public final io.steward.ports.renovation.out.Renovations renovations = new InMemoryRenovations(transactions);
    public final IdempotencyRecords idempotency = new InMemoryIdempotencyRecords();
    public final RecordingEventPublisher events = new RecordingEventPublisher(transactions);
}
