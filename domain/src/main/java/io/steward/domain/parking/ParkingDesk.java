package io.steward.domain.parking;

import io.steward.domain.deposits.DepositBook;
import io.steward.domain.shared.Access;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.parking.CardStatus;
import io.steward.ports.parking.MonthlyRentalRecorded;
import io.steward.ports.parking.ParkingRefusals;
import io.steward.ports.parking.ParkingRentalId;
import io.steward.ports.parking.RentalView;
import io.steward.ports.parking.TemporaryFee;
import io.steward.ports.parking.in.RentParking;
import io.steward.ports.parking.out.ParkingRentalState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parking desk (PRK-01, DEP-05). A monthly rental is for an owner or tenant on file only — named by their archive,
 * so nobody else passes for one — with the vehicle licence checked; the IC card is issued only for a monthly rental,
 * against its deposit collected in the deposit ledger, and the deposit is refunded only when the card comes back after
 * the rental ended.
 */
public final class ParkingDesk implements RentParking {
    /** Who records rentals: the front desk and the cashier (004 §17: 文员/收银员). */
    static final Set<Role> DESK = EnumSet.of(Role.FRONT_DESK, Role.CASHIER);
    /** Who issues and takes back cards: the cashier, who collects and refunds their deposits. */
    static final Set<Role> TILL = EnumSet.of(Role.CASHIER);

    private final UseCases useCases;
    private final ParkingStore store;
    private final DepositBook deposits;
    private final Privacy privacy;

    public ParkingDesk(UseCases useCases, ParkingStore store, DepositBook deposits, Privacy privacy) {
        this.useCases = useCases;
        this.store = store;
        this.deposits = deposits;
        this.privacy = privacy;
    }

    @Override
    public RentalView rent(EstateId estate, Rent r) {
        return useCases.run(() -> {
            Actor actor = useCases.access().require(estate, "estate", estate, "record a monthly parking rental", DESK);
            ArchiveState renter = resident(estate, r.renter());
            if (!r.licenceChecked() || r.licenceNumber() == null) {
                throw ParkingRefusals.LICENCE_NOT_CHECKED.refuse("the vehicle licence is checked against the plate, and"
                        + " its number recorded, before a monthly rental", Map.of("plate", r.plate()));
            }
            LocalDate today = today(estate);
            if (r.to().isBefore(today)) {
                throw ParkingRefusals.RENTAL_ENDED.refuse("the rental would have ended on " + r.to(),
                        Map.of("to", r.to().toString()));
            }
            store.rentals().running(estate, r.from(), r.to()).stream().filter(o -> o.plate().equals(r.plate()))
                    .findFirst().ifPresent(o -> {
                        throw ParkingRefusals.RENTAL_OVERLAPS.refuse(r.plate() + " is rented " + o.from() + " … " + o.to()
                                + " already: extend that rental, or start after it", Map.of("rental", o.id().toString()));
                    });
            Fen rent = rent(store.estate().policy(estate).orElseThrow().parking().monthlyRent(), r.from(), r.to());
            ParkingRentalState stored = store.rentals().save(new ParkingRentalState(ParkingRentalId.newId(), estate,
                    renter.unit(), renter.id(), renter.party(), renter.person().name(), renter.person().mobile(),
                    r.vehicleModel(), r.plate(), r.licenceNumber(), r.from(), r.to(), rent, CardStatus.NONE, null, null,
                    actor.id(), useCases.now(), 0));
            useCases.audit(actor, estate, "parking.rent", "parking-rental", stored.id(), r.plate() + " " + r.from() + " … "
                    + r.to() + ", rent " + rent.value() + " fen");
            useCases.publish(new MonthlyRentalRecorded(estate, renter.unit(), stored.id(), r.plate(), r.from(), r.to(), rent));
            return view(stored);
        });
    }

    @Override
    public RentalView issueCard(ParkingRentalId id, IssueCard c) {
        return useCases.run(() -> {
            ParkingRentalState s = find(id);
            Actor actor = useCases.access().require(s.estate(), "parking-rental", id, "issue a parking card", TILL);
            if (s.card() != CardStatus.NONE) {
                if (s.card() == CardStatus.ISSUED && s.cardNumber().equals(c.cardNumber())) {
                    return view(s); // the same issue again: the deposit's posting id was processed once
                }
                throw ParkingRefusals.CARD_ISSUED_ALREADY.refuse("rental " + id + " has card " + s.cardNumber() + " ("
                        + s.card() + ")", Map.of("card", s.cardNumber()));
            }
            if (s.to().isBefore(today(s.estate()))) {
                throw ParkingRefusals.RENTAL_ENDED.refuse("a card is issued only for a monthly rental that runs: this one"
                        + " ended on " + s.to(), Map.of("to", s.to().toString()));
            }
            resident(s.estate(), s.renter()); // still on file: moved out or sold, the renter is no resident any more
            if (store.rentals().byCard(s.estate(), c.cardNumber()).isPresent()) {
                throw ParkingRefusals.CARD_NUMBER_TAKEN.refuse("card " + c.cardNumber() + " is out with another rental",
                        Map.of("card", c.cardNumber()));
            }
            DepositView deposit = deposits.collect(new DepositBook.Collection(c.posting(), s.estate(), s.unit(),
                    DepositPurpose.PARKING_CARD, "parking rental " + id, s.party() == Party.OWNER ? HolderKind.OWNER
                    : HolderKind.TENANT, s.renterName(), s.renterPhone(), c.receipt()));
            ParkingRentalState stored = store.rentals().save(s.withCard(CardStatus.ISSUED, c.cardNumber(), deposit.id()));
            useCases.audit(actor, s.estate(), "parking.card.issue", "parking-rental", id, "card " + c.cardNumber());
            return view(stored);
        });
    }

    @Override
    public RentalView returnCard(ParkingRentalId id, ReturnCard c) {
        return useCases.run(() -> {
            ParkingRentalState s = find(id);
            Actor actor = useCases.access().require(s.estate(), "parking-rental", id, "take a parking card back", TILL);
            if (s.card() == CardStatus.RETURNED) {
                deposits.refund(s.deposit(), c.posting(), c.receipt()); // the same return again answers the settled deposit
                return view(s);
            }
            if (s.card() != CardStatus.ISSUED) {
                throw ParkingRefusals.CARD_NOT_ISSUED.refuse("rental " + id + " has no card out", Map.of("rental", id.toString()));
            }
            if (!s.to().isBefore(today(s.estate()))) {
                throw ParkingRefusals.CARD_RETURNED_BEFORE_THE_END.refuse("the card's deposit is refunded when the card "
                        + "comes back after the rental ends (" + s.to() + ")", Map.of("to", s.to().toString()));
            }
            deposits.refund(s.deposit(), c.posting(), c.receipt());
            ParkingRentalState stored = store.rentals().save(s.withCard(CardStatus.RETURNED, s.cardNumber(), s.deposit()));
            useCases.audit(actor, s.estate(), "parking.card.return", "parking-rental", id, "card " + s.cardNumber());
            return view(stored);
        });
    }

    @Override
    public RentalView rental(ParkingRentalId id) {
        return useCases.run(() -> {
            ParkingRentalState s = find(id);
            useCases.access().requireReader(s.estate(), s.unit().value(), "parking-rental", id);
            return view(s);
        });
    }

    @Override
    public Page<RentalView> rentals(EstateId estate, PageRequest page) {
        return useCases.run(() -> {
            useCases.access().requireAny(estate, "estate", estate);
            return store.rentals().ofEstate(estate, page).map(this::view);
        });
    }

    @Override
    public List<RentalView> garageList(EstateId estate, LocalDate monday) {
        if (monday == null || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidInput("the garage list is made for a week from its Monday: " + monday + " is not one");
        }
        return useCases.run(() -> {
            useCases.access().require(estate, "estate", estate, "read the garage list", DESK);
            return store.rentals().running(estate, monday, monday.plusDays(6)).stream().map(this::view).toList();
        });
    }

    @Override
    public List<RentalView> endingSoon(EstateId estate, int days) {
        if (days < 0 || days > MAX_ENDING_DAYS) {
            throw new InvalidInput("rentals ending within 0 to " + MAX_ENDING_DAYS + " days");
        }
        return useCases.run(() -> {
            useCases.access().require(estate, "estate", estate, "read the rentals ending soon", DESK);
            LocalDate today = today(estate);
            LocalDate until = today.plusDays(days);
            return store.rentals().running(estate, today, today).stream().filter(r -> !r.to().isAfter(until))
                    .sorted(java.util.Comparator.comparing(ParkingRentalState::to).thenComparing(ParkingRentalState::plate))
                    .map(this::view).toList();
        });
    }

    @Override
    public TemporaryFee temporaryFee(EstateId estate, Instant entry, Instant exit) {
        return useCases.run(() -> {
            useCases.access().requireAny(estate, "estate", estate);
            return new TemporaryParking(store.estate().policy(estate).orElseThrow(() -> new NotFound("estate", estate))
                    .parking()).fee(entry, exit);
        });
    }

    /** PRK-01: the estate's monthly rent for each month begun from {@code from} to {@code to}. */
    static Fen rent(Fen monthly, LocalDate from, LocalDate to) {
        java.time.Period period = java.time.Period.between(from, to.plusDays(1));
        long months = period.toTotalMonths() + (period.getDays() > 0 ? 1 : 0);
        return monthly.times(months);
    }

    /** PRK-01: an owner or tenant of the estate on file now. */
    private ArchiveState resident(EstateId estate, io.steward.ports.estate.ArchiveId archive) {
        return store.estate().archive(archive).filter(a -> a.estate().equals(estate) && a.status() == ArchiveStatus.ACTIVE)
                .orElseThrow(() -> ParkingRefusals.NOT_A_RESIDENT.refuse("monthly rental is for the estate's owners and"
                        + " tenants on file; others park at the public rate", Map.of("renter", archive.toString())));
    }

    private LocalDate today(EstateId estate) {
        ZoneId zone = store.estate().zone(estate);
        return LocalDate.ofInstant(useCases.now(), zone);
    }

    private ParkingRentalState find(ParkingRentalId id) {
        return store.rentals().find(id).orElseThrow(() -> new NotFound("parking rental", id));
    }

    private RentalView view(ParkingRentalState s) {
        boolean plain = privacy.unmasked(s.estate(), s.unit(), "parking-rental", s.id());
        return new RentalView(s.id(), s.estate(), s.unit(), s.renter(), s.party(),
                plain ? s.renterName() : PersonalData.maskName(s.renterName()),
                plain ? s.renterPhone() : PersonalData.mask(s.renterPhone(), 3, 4), s.vehicleModel(), s.plate(),
                plain ? s.licenceNumber() : PersonalData.mask(s.licenceNumber(), 2, 2), s.from(), s.to(), s.rent(),
                s.card(), s.cardNumber(), s.deposit(), s.recordedBy(), s.recordedAt(),
                s.version());
    }
}
