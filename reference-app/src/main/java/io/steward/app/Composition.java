package io.steward.app;

import io.steward.adapter.jpa.EntityManagerSource;
import io.steward.adapter.jpa.JpaAccessGrants;
import io.steward.adapter.jpa.JpaArchives;
import io.steward.adapter.jpa.JpaAuditTrail;
import io.steward.adapter.jpa.JpaEstateLayouts;
import io.steward.adapter.jpa.JpaEstates;
import io.steward.adapter.jpa.JpaFeeLedger;
import io.steward.adapter.jpa.JpaCensuses;
import io.steward.adapter.jpa.JpaGoodsPasses;
import io.steward.adapter.jpa.JpaHandovers;
import io.steward.adapter.jpa.JpaIdempotencyRecords;
import io.steward.adapter.jpa.JpaOccupancyHistory;
import io.steward.adapter.jpa.JpaOwnerRoster;
import io.steward.adapter.jpa.JpaRoleGrants;
import io.steward.adapter.jpa.JpaUnits;
import io.steward.adapter.jpa.JpaForcedEntries;
import io.steward.adapter.jpa.JpaKeyMovements;
import io.steward.adapter.jpa.JpaKeyRegisters;
import io.steward.adapter.jpa.JpaKeys;
import io.steward.domain.keys.EmergencyEntry;
import io.steward.domain.keys.KeyCustody;
import io.steward.domain.keys.KeyObligations;
import io.steward.domain.keys.KeyStore;
import io.steward.ports.keys.in.BrowseKeys;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.domain.estate.EstateQueries;
import io.steward.domain.estate.CensusDesk;
import io.steward.domain.estate.Gate;
import io.steward.domain.estate.Transfers;
import io.steward.domain.estate.EstateRegistry;
import io.steward.domain.estate.EstateStore;
import io.steward.domain.estate.FeeDesk;
import io.steward.domain.estate.HandoverDesk;
import io.steward.domain.estate.Occupants;
import io.steward.domain.estate.OwnerDataProtection;
import io.steward.domain.estate.StaffRoles;
import io.steward.domain.shared.Access;
import io.steward.domain.shared.UseCases;
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
import java.util.List;

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
    EstateStore estateStore(EntityManagerSource em) {
        return new EstateStore(new JpaEstates(em), new JpaEstateLayouts(em), new JpaUnits(em), new JpaOccupancyHistory(em),
                new JpaOwnerRoster(em), new JpaArchives(em), new JpaHandovers(em), new JpaFeeLedger(em), new JpaAccessGrants(em),
                new JpaGoodsPasses(em), new JpaCensuses(em));
    }

    @Produces
    @Singleton
    UseCases useCases(Transactions transactions, AuditTrail audit, EventPublisher events, Clock clock, Caller caller,
                      RoleGrants roles) {
        return new UseCases(transactions, audit, events, clock, new Access(caller, roles));
    }

    @Produces
    @ApplicationScoped
    RegisterEstate registerEstate(UseCases useCases, EstateStore store) {
        return new EstateRegistry(useCases, store);
    }

    @Produces
    @ApplicationScoped
    ImportLayout importLayout(UseCases useCases, EstateStore store) {
        return new EstateRegistry(useCases, store);
    }

    @Produces
    @ApplicationScoped
    ImportOwnerRoster importOwnerRoster(UseCases useCases, EstateStore store) {
        return new EstateRegistry(useCases, store);
    }

    @Produces
    @ApplicationScoped
    BrowseEstates browseEstates(UseCases useCases, EstateStore store) {
        return new EstateQueries(useCases, store);
    }

    @Produces
    @ApplicationScoped
    HandOverUnit handOverUnit(UseCases useCases, EstateStore store) {
        return new HandoverDesk(useCases, store);
    }

    @Produces
    @ApplicationScoped
    MoveIn moveIn(UseCases useCases, EstateStore store) {
        return new Occupants(useCases, store);
    }

    @Produces
    @ApplicationScoped
    PostFees postFees(UseCases useCases, EstateStore store) {
        return new FeeDesk(useCases, store);
    }

    @Produces
    @ApplicationScoped
    AccessOwnerData accessOwnerData(UseCases useCases, EstateStore store) {
        return new OwnerDataProtection(useCases, store);
    }

    @Produces
    @ApplicationScoped
    MoveOut moveOut(UseCases useCases, EstateStore store) {
        return new Occupants(useCases, store);
    }

    @Produces
    @ApplicationScoped
    TransferOwnership transferOwnership(UseCases useCases, EstateStore store, KeyStore keys) {
        return new Transfers(useCases, store, List.of(new KeyObligations(keys)));
    }

    @Produces
    @ApplicationScoped
    ReleaseGoods releaseGoods(UseCases useCases, EstateStore store) {
        return new Gate(useCases, store);
    }

    @Produces
    @ApplicationScoped
    OccupancyCensus occupancyCensus(UseCases useCases, EstateStore store) {
        return new CensusDesk(useCases, store);
    }

    @Produces
    @ApplicationScoped
    AssignRoles assignRoles(UseCases useCases, EstateStore store, RoleGrants roles) {
        return new StaffRoles(useCases, store, roles);
    }

    @Produces
    @Singleton
    KeyStore keyStore(EntityManagerSource em) {
        return new KeyStore(new JpaKeyRegisters(em), new JpaKeys(em), new JpaKeyMovements(em), new JpaForcedEntries(em),
                new JpaEstates(em), new JpaUnits(em), new JpaHandovers(em), new JpaArchives(em));
    }

    @Produces
    @ApplicationScoped
    KeepKeyRegister keepKeyRegister(UseCases useCases, KeyStore store) {
        return new KeyCustody(useCases, store);
    }

    @Produces
    @ApplicationScoped
    MoveKeys moveKeys(UseCases useCases, KeyStore store) {
        return new KeyCustody(useCases, store);
    }

    @Produces
    @ApplicationScoped
    BrowseKeys browseKeys(UseCases useCases, KeyStore store) {
        return new KeyCustody(useCases, store);
    }

    @Produces
    @ApplicationScoped
    EnterByForce enterByForce(UseCases useCases, KeyStore store) {
        return new EmergencyEntry(useCases, store);
    }
}
