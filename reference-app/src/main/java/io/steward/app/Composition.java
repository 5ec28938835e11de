package io.steward.app;

import io.steward.domain.assembly.Steward;
import io.steward.domain.deposits.DepositStore;
import io.steward.domain.emergency.EmergencyStore;
import io.steward.domain.parking.ParkingStore;
import io.steward.domain.estate.EstateStore;
import io.steward.domain.keys.KeyStore;
import io.steward.ports.shared.in.Approve;
import io.steward.ports.shared.out.ApprovalRecords;
import io.steward.adapter.jpa.EntityManagerSource;
import io.steward.adapter.jpa.JpaApprovalRecords;
import io.steward.adapter.jpa.JpaArchives;
import io.steward.adapter.jpa.JpaAuditTrail;
import io.steward.adapter.jpa.JpaEstateLayouts;
import io.steward.adapter.jpa.JpaDepositLedger;
import io.steward.adapter.jpa.JpaDeposits;
import io.steward.adapter.jpa.JpaEstates;
import io.steward.adapter.jpa.JpaFeeLedger;
import io.steward.adapter.jpa.JpaCensuses;
import io.steward.adapter.jpa.JpaGoodsPasses;
import io.steward.adapter.jpa.JpaHandovers;
import io.steward.adapter.jpa.JpaIncidents;
import io.steward.adapter.jpa.JpaIdempotencyRecords;
import io.steward.adapter.jpa.JpaOccupancyHistory;
import io.steward.adapter.jpa.JpaOwnerRoster;
import io.steward.adapter.jpa.JpaRoleGrants;
import io.steward.adapter.jpa.JpaUnits;
import io.steward.adapter.jpa.JpaForcedEntries;
import io.steward.adapter.jpa.JpaKeyMovements;
import io.steward.adapter.jpa.JpaMeterReadings;
import io.steward.adapter.jpa.JpaOwnershipTransfers;
import io.steward.adapter.jpa.JpaParkingRentals;
import io.steward.adapter.jpa.JpaPriceLists;
import io.steward.adapter.jpa.JpaKeyRegisters;
import io.steward.adapter.jpa.JpaKeys;
import io.steward.ports.emergency.in.ReportIncidents;
import io.steward.ports.keys.in.BrowseKeys;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.estate.in.AccessOwnerData;
import io.steward.ports.estate.in.BrowseEstates;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.ImportOwnerRoster;
import io.steward.ports.estate.in.MoveIn;
import io.steward.ports.estate.in.MoveOut;
import io.steward.ports.estate.in.OccupancyCensus;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.in.AssignRoles;
import io.steward.ports.shared.out.AuditTrail;
import io.steward.ports.shared.out.Caller;
import io.steward.ports.shared.out.EventPublisher;
import io.steward.ports.shared.out.IdempotencyRecords;
import io.steward.ports.shared.out.RoleGrants;
import io.steward.ports.shared.out.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.time.Clock;

/**
 * Builds the estate and key-custody contexts over the JPA adapter. Domain services are stateless and built once; the caller is
 * resolved per request from the authenticated principal; domain events are fired as CDI events, so an integrator
 * observes them with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
@ApplicationScoped
public class Composition {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @RequestScoped
    Caller caller(Principal principal) {
        Actor actor = principal == null || principal.getName() == null || principal.getName().isBlank()
                ? Actor.SYSTEM : new Actor(principal.getName(), principal.getName());
        return () -> actor;
    }

    @Produces
    @Singleton
    Transactions transactions(TransactionBoundary boundary) {
        return new JtaTransactions(boundary);
    }

    @Produces
    @Singleton
    EventPublisher events(Event<Object> bus) {
        return bus::fire;
    }

    @Produces
    @Singleton
    AuditTrail auditTrail(EntityManagerSource em) {
        return new JpaAuditTrail(em);
    }

    @Produces
    @Singleton
    RoleGrants roleGrants(EntityManagerSource em) {
        return new JpaRoleGrants(em);
    }

    @Produces
    @Singleton
    IdempotencyRecords idempotencyRecords(Transactions transactions, EntityManagerSource em) {
        return new JpaIdempotencyRecords(transactions, em);
    }

    @Produces
    @Singleton
    ApprovalRecords approvalRecords(EntityManagerSource em) {
        return new JpaApprovalRecords(em);
    }

    /** The one domain assembly, with the policies between contexts (the key register follows the estate desk). */
    @Produces
    @Singleton
    Steward steward(Transactions transactions, AuditTrail audit, EventPublisher events, Clock clock, Caller caller,
                    RoleGrants roles, ApprovalRecords approvals, EntityManagerSource em) {
        JpaEstates estates = new JpaEstates(em);
        JpaUnits units = new JpaUnits(em);
        JpaHandovers handovers = new JpaHandovers(em);
        JpaArchives archives = new JpaArchives(em);
        JpaIncidents incidents = new JpaIncidents(em);
        return new Steward(new Steward.Infrastructure(transactions, audit, events, clock, caller, roles, approvals),
                new EstateStore(estates, new JpaEstateLayouts(em), units, new JpaOccupancyHistory(em), new JpaOwnerRoster(em),
                        archives, handovers, new JpaFeeLedger(em), new JpaGoodsPasses(em), new JpaCensuses(em), new JpaMeterReadings(em),
                        new JpaOwnershipTransfers(em)),
                new KeyStore(new JpaKeyRegisters(em), new JpaKeys(em), new JpaKeyMovements(em), new JpaForcedEntries(em)),
                new EmergencyStore(incidents), new DepositStore(new JpaDeposits(em), new JpaDepositLedger(em)),
                new ParkingStore(new JpaParkingRentals(em), new JpaPriceLists(em)),
                new io.steward.domain.renovation.RenovationStore(new io.steward.adapter.jpa.JpaRenovations(em)));
    }

    @Produces
    @ApplicationScoped
    RegisterEstate registerEstate(Steward steward) {
        return steward.registerEstate();
    }

    @Produces
    @ApplicationScoped
    ImportLayout importLayout(Steward steward) {
        return steward.importLayout();
    }

    @Produces
    @ApplicationScoped
    ImportOwnerRoster importOwnerRoster(Steward steward) {
        return steward.importOwnerRoster();
    }

    @Produces
    @ApplicationScoped
    BrowseEstates browseEstates(Steward steward) {
        return steward.browseEstates();
    }

    @Produces
    @ApplicationScoped
    HandOverUnit handOverUnit(Steward steward) {
        return steward.handOverUnit();
    }

    @Produces
    @ApplicationScoped
    MoveIn moveIn(Steward steward) {
        return steward.moveIn();
    }

    @Produces
    @ApplicationScoped
    MoveOut moveOut(Steward steward) {
        return steward.moveOut();
    }

    @Produces
    @ApplicationScoped
    PostFees postFees(Steward steward) {
        return steward.postFees();
    }

    @Produces
    @ApplicationScoped
    AccessOwnerData accessOwnerData(Steward steward) {
        return steward.accessOwnerData();
    }

    @Produces
    @ApplicationScoped
    ReleaseGoods releaseGoods(Steward steward) {
        return steward.releaseGoods();
    }

    @Produces
    @ApplicationScoped
    TransferOwnership transferOwnership(Steward steward) {
        return steward.transferOwnership();
    }

    @Produces
    @ApplicationScoped
    OccupancyCensus occupancyCensus(Steward steward) {
        return steward.occupancyCensus();
    }

    @Produces
    @ApplicationScoped
    AssignRoles assignRoles(Steward steward) {
        return steward.assignRoles();
    }

    @Produces
    @ApplicationScoped
    Approve approve(Steward steward) {
        return steward.approve();
    }

    @Produces
    @ApplicationScoped
    KeepKeyRegister keepKeyRegister(Steward steward) {
        return steward.keepKeyRegister();
    }

    @Produces
    @ApplicationScoped
    MoveKeys moveKeys(Steward steward) {
        return steward.moveKeys();
    }

    @Produces
    @ApplicationScoped
    BrowseKeys browseKeys(Steward steward) {
        return steward.browseKeys();
    }

    @Produces
    @ApplicationScoped
    EnterByForce enterByForce(Steward steward) {
        return steward.enterByForce();
    }

    @Produces
    @ApplicationScoped
    ReportIncidents reportIncidents(Steward steward) {
        return steward.reportIncidents();
    }

    @Produces
    @ApplicationScoped
    io.steward.ports.deposits.in.KeepDeposits keepDeposits(Steward steward) {
        return steward.keepDeposits();
    }

    @Produces
    @ApplicationScoped
    io.steward.ports.parking.in.RentParking rentParking(Steward steward) {
        return steward.rentParking();
    }

    @Produces
    @ApplicationScoped
    io.steward.ports.parking.in.OfferPaidServices offerPaidServices(Steward steward) {
        return steward.offerPaidServices();
    }

    @Produces
    @ApplicationScoped
    io.steward.ports.renovation.in.ApplyForRenovation applyForRenovation(Steward steward) {
        return steward.applyForRenovation();
    }

    @Produces
    @ApplicationScoped
    io.steward.ports.renovation.in.SuperviseRenovation superviseRenovation(Steward steward) {
        return steward.superviseRenovation();
    }

    @Produces
    @ApplicationScoped
    io.steward.ports.renovation.in.SettleRenovationDeposit settleRenovationDeposit(Steward steward) {
        return steward.settleRenovationDeposit();
    }

    @Produces
    @ApplicationScoped
    io.steward.ports.renovation.in.BrowseRenovations browseRenovations(Steward steward) {
        return steward.browseRenovations();
    }
}
