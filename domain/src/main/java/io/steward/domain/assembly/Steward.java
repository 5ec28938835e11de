package io.steward.domain.assembly;

import io.steward.domain.deposits.DepositBook;
import io.steward.domain.deposits.DepositObligations;
import io.steward.domain.deposits.DepositStore;
import io.steward.domain.emergency.EmergencyStore;
import io.steward.domain.parking.ParkingDesk;
import io.steward.domain.parking.ParkingStore;
import io.steward.domain.emergency.IncidentLog;
import io.steward.domain.estate.CensusDesk;
import io.steward.domain.estate.EstateQueries;
import io.steward.domain.estate.EstateRegistry;
import io.steward.domain.estate.EstateStore;
import io.steward.domain.estate.FeeDesk;
import io.steward.domain.estate.Gate;
import io.steward.domain.estate.HandoverDesk;
import io.steward.domain.estate.Occupants;
import io.steward.domain.estate.OwnerDataProtection;
import io.steward.domain.estate.StaffRoles;
import io.steward.domain.estate.TransferDesk;
import io.steward.domain.keys.KeyCustody;
import io.steward.domain.keys.KeyStore;
import io.steward.domain.shared.Access;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.BusinessCalendar;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.deposits.DepositApprovals;
import io.steward.ports.deposits.DepositPosted;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.deposits.in.KeepDeposits;
import io.steward.ports.emergency.in.ReportIncidents;
import io.steward.ports.parking.MonthlyRentalRecorded;
import io.steward.ports.parking.in.RentParking;
import io.steward.ports.estate.EstateApprovals;
import io.steward.ports.estate.HandoverCompleted;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.OccupancyChanged;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.shared.Role;
import io.steward.ports.estate.in.AccessOwnerData;
import io.steward.ports.estate.in.BrowseEstates;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.ImportOwnerRoster;
import io.steward.ports.estate.in.MoveIn;
import io.steward.ports.estate.in.MoveOut;
import io.steward.ports.estate.in.OccupancyCensus;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.keys.KeyApprovals;
import io.steward.ports.keys.in.BrowseKeys;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.ApprovalDecided;
import io.steward.ports.shared.ApprovalPurpose;
import io.steward.ports.shared.PersonalDataAccess;
import io.steward.ports.shared.in.Approve;
import io.steward.ports.shared.in.AssignRoles;
import io.steward.ports.shared.out.ApprovalRecords;
import io.steward.ports.shared.out.AuditTrail;
import io.steward.ports.shared.out.Caller;
import io.steward.ports.shared.out.EventPublisher;
import io.steward.ports.shared.out.RoleGrants;
import io.steward.ports.shared.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one domain assembly: builds every use case of every context from a set of out-port implementations, and
 * registers the policies between contexts, which are on unless an embedding application builds the services itself.
 * The reference server, the tests and an ERP that embeds Steward in plain Java all wire Steward through it:
 *
 * <pre>{@code
 * InMemory m = new InMemory();
 * Steward steward = new Steward(new Steward.Infrastructure(m.transactions, m.audit, m.events, Clock.systemUTC(),
 *         caller, m.roles, m.approvals), estateStore, keyStore, new EmergencyStore(m.incidents),
 *         new DepositStore(m.deposits, m.depositLedger), new ParkingStore(m.parkingRentals, m.priceLists),
 *         new RenovationStore(m.renovations));
 * steward.handOverUnit().start(unit);
 * }</pre>
 *
 * <p>The policies: the key register follows the handover (EST-04 → KEY-03) and the transfer (EST-07 → KEY-05) and the
 * project manager's decision about a lost key (KEY-09); a resident's role ends with what made it true — the owner's
 * with a transfer, the tenant's with their move-out (DOMAIN.md §0). Each runs as the system inside the transaction of
 * the act it follows. The transfer asks the key register for the owner's open obligations (entrusted keys); a move-in asks it
 * whether an entrusted key stands in the way (KEY-04).
 */
public final class Steward {
    /** What every context needs from outside: transactions, audit, events, time, the caller, roles and approvals. */
    public record Infrastructure(Transactions transactions, AuditTrail audit, EventPublisher events, Clock clock, Caller caller,
                                 RoleGrants roles, ApprovalRecords approvals) {
        public Infrastructure {
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(audit, "audit trail");
            Objects.requireNonNull(events, "event publisher");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(roles, "role grants");
            Objects.requireNonNull(approvals, "approval records");
        }
    }

    private final UseCases useCases;
    private final Approvals approvals;
    private final EstateRegistry registry;
    private final EstateQueries queries;
    private final HandoverDesk handovers;
    private final Occupants occupants;
    private final FeeDesk fees;
    private final OwnerDataProtection ownerData;
    private final Gate gate;
    private final TransferDesk transfers;
    private final CensusDesk census;
    private final StaffRoles staff;
    private final KeyCustody keys;
    private final IncidentLog incidents;
    private final DepositBook deposits;
    private final DepositObligations depositObligations;
    private final ParkingDesk parking;
    private final io.steward.domain.parking.PaidServices paidServices;
    private final io.steward.domain.renovation.RenovationOffice renovations;

    public Steward(Infrastructure infrastructure, EstateStore estate, KeyStore keyStore, EmergencyStore emergencyStore,
                   DepositStore depositStore, ParkingStore parkingStore,
                   io.steward.domain.renovation.RenovationStore renovationStore) {
        useCases = new UseCases(infrastructure.transactions(), infrastructure.audit(), infrastructure.events(),
                infrastructure.clock(), new Access(infrastructure.caller(), infrastructure.roles()));
        approvals = new Approvals(useCases, infrastructure.approvals(), purposes(), (estateId, purpose) ->
                purpose.equals(PersonalDataAccess.READ_PERSONAL_DATA)
                        ? estate.estates().find(estateId).map(e -> Duration.ofHours(e.policy().archiveAccessHours()))
                        .orElse(purpose.validity())
                        : purpose.validity());
        Privacy privacy = new Privacy(useCases, approvals);
        // key custody asks the estate's and the emergency context's published read ports, not their repositories
        keys = new KeyCustody(useCases, keyStore.connectedTo(new io.steward.domain.estate.EstateDirectory(estate),
                new io.steward.domain.emergency.EmergencyDirectory(emergencyStore)), approvals, privacy);
        io.steward.domain.estate.EstateDirectory directory = new io.steward.domain.estate.EstateDirectory(estate);
        DepositStore connectedDeposits = depositStore.connectedTo(directory);
        deposits = new DepositBook(useCases, connectedDeposits, approvals, privacy);
        depositObligations = new DepositObligations(useCases, connectedDeposits);
        ParkingStore connectedParking = parkingStore.connectedTo(directory);
        parking = new ParkingDesk(useCases, connectedParking, deposits, privacy);
        paidServices = new io.steward.domain.parking.PaidServices(useCases, connectedParking, approvals);
        renovations = new io.steward.domain.renovation.RenovationOffice(useCases, renovationStore.connectedTo(directory),
                deposits, approvals, privacy, BusinessCalendar.national());
        registry = new EstateRegistry(useCases, estate);
        queries = new EstateQueries(useCases, estate);
        handovers = new HandoverDesk(useCases, estate, approvals);
        occupants = new Occupants(useCases, estate, List.of(keys.objections()));
        fees = new FeeDesk(useCases, estate, approvals);
        ownerData = new OwnerDataProtection(useCases, estate, approvals, privacy);
        gate = new Gate(useCases, estate, privacy);
        transfers = new TransferDesk(useCases, estate, List.of(keys.obligations(), depositObligations,
                renovations.obligations()), privacy, approvals);
        census = new CensusDesk(useCases, estate, List.of(keys.objections()));
        staff = new StaffRoles(useCases, estate, infrastructure.roles());
        incidents = new IncidentLog(useCases, emergencyStore.incidents(), estate.units());

        useCases.react(HandoverCompleted.class, completed -> keys.moves().issueAtHandover(completed.unit()));
        useCases.react(OwnershipTransferred.class, keys.moves()::followTransfer);
        useCases.react(ApprovalDecided.class, keys::follow);
        useCases.react(OwnershipTransferred.class, depositObligations::follow);
        // PRK-01 / PRK-02: a monthly rental's rent is charged to the renter's unit, to be paid at the till
        useCases.react(MonthlyRentalRecorded.class, r -> fees.charge(r.unit(), new PostFees.Charge(
                MonthlyRentalRecorded.FEE_ITEM, r.rent(), r.from(), r.to(), "parking rental " + r.rental() + " " + r.plate())));
        // PRK-02: a paid service from the published price list is charged to the unit, to be paid at the till
        useCases.react(io.steward.ports.parking.ServiceCharged.class, c -> fees.charge(c.unit(), new PostFees.Charge(
                c.feeItem(), c.amount(), null, null, c.quantity() + " × " + c.service().name()
                + (c.reference() == null ? "" : " (" + c.reference() + ")"))));
        // DEP-03: a deduction for the unit's fees or utilities, once posted, pays the unit's fee account
        useCases.react(DepositPosted.class, p -> {
            if (p.charge() != null && p.kind() == PostingKind.POST_PENDING) {
                fees.pay(p.unit(), new PostFees.Payment(p.amount(), "deposit " + p.deposit() + " posting " + p.posting()));
            }
        });
        // EST-02: a renovation's works move the unit to RENOVATING and back, through the estate's own process
        useCases.react(io.steward.ports.renovation.RenovationEvents.WorksStarted.class, w ->
                occupants.renovationStarts(w.unit(), w.renovation().toString()));
        useCases.react(io.steward.ports.renovation.RenovationEvents.WorksAccepted.class, a ->
                occupants.renovationEnds(a.unit(), a.renovation().toString(), a.backTo()));
        useCases.react(OwnershipTransferred.class, t -> staff.residentsLeave(t.unit(), Role.OWNER, "the unit was transferred"));
        useCases.react(OccupancyChanged.class, c -> {
            if (c.cause() == OccupancyCause.TENANT_MOVE_OUT) {
                staff.residentsLeave(c.unit(), Role.TENANT, "the tenant moved out");
            }
        });
    }

    /** Every approval purpose the assembled contexts declare. */
    public static List<ApprovalPurpose> purposes() {
        List<ApprovalPurpose> all = new ArrayList<>();
        all.add(PersonalDataAccess.READ_PERSONAL_DATA);
        all.addAll(EstateApprovals.all());
        all.addAll(KeyApprovals.all());
        all.addAll(DepositApprovals.all());
        all.addAll(io.steward.ports.parking.ServiceApprovals.all());
        all.addAll(io.steward.ports.renovation.RenovationApprovals.all());
        return List.copyOf(all);
    }

    /**
     * SVC-09: the business calendar the contexts count their deadlines on — the PRC's holidays and make-up working days
     * for the years shipped with the library; {@link BusinessCalendar#withYearsFrom} adds later ones.
     */
    public BusinessCalendar calendar() {
        return BusinessCalendar.national();
    }

    public RegisterEstate registerEstate() {
        return registry;
    }

    public ImportLayout importLayout() {
        return registry;
    }

    public ImportOwnerRoster importOwnerRoster() {
        return registry;
    }

    public BrowseEstates browseEstates() {
        return queries;
    }

    public HandOverUnit handOverUnit() {
        return handovers;
    }

    public MoveIn moveIn() {
        return occupants;
    }

    public MoveOut moveOut() {
        return occupants;
    }

    public PostFees postFees() {
        return fees;
    }

    public AccessOwnerData accessOwnerData() {
        return ownerData;
    }

    public ReleaseGoods releaseGoods() {
        return gate;
    }

    public TransferOwnership transferOwnership() {
        return transfers;
    }

    public OccupancyCensus occupancyCensus() {
        return census;
    }

    public AssignRoles assignRoles() {
        return staff;
    }

    public Approve approve() {
        return approvals;
    }

    public KeepKeyRegister keepKeyRegister() {
        return keys.register();
    }

    public MoveKeys moveKeys() {
        return keys.moves();
    }

    public BrowseKeys browseKeys() {
        return keys.browse();
    }

    public EnterByForce enterByForce() {
        return keys.forcedEntry();
    }

    public ReportIncidents reportIncidents() {
        return incidents;
    }

    public KeepDeposits keepDeposits() {
        return deposits.desk();
    }

    public RentParking rentParking() {
        return parking;
    }

    public io.steward.ports.parking.in.OfferPaidServices offerPaidServices() {
        return paidServices;
    }

    public io.steward.ports.renovation.in.ApplyForRenovation applyForRenovation() {
        return renovations.apply();
    }

    public io.steward.ports.renovation.in.SuperviseRenovation superviseRenovation() {
        return renovations.supervise();
    }

    public io.steward.ports.renovation.in.SettleRenovationDeposit settleRenovationDeposit() {
        return renovations.settle();
    }

    public io.steward.ports.renovation.in.BrowseRenovations browseRenovations() {
        return renovations.browse();
    }
}
