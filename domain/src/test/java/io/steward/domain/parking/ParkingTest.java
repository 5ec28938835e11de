package io.steward.domain.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.deposits.AccountKind;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.in.KeepDeposits;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.Party;
import io.steward.ports.parking.CardStatus;
import io.steward.ports.parking.RentalView;
import io.steward.ports.parking.in.RentParking;
import io.steward.ports.parking.in.RentParking.IssueCard;
import io.steward.ports.parking.in.RentParking.Rent;
import io.steward.ports.parking.in.RentParking.ReturnCard;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** PRK-01 and DEP-05: monthly rentals for residents, their IC cards and the cards' deposits. Today is 2026-03-16. */
class ParkingTest {
    private final EstateFixture f = new EstateFixture();
    private final RentParking desk;
    private final KeepDeposits deposits;
    private final ArchiveId owner;

    ParkingTest() {
        f.lakeWithUnitHandedOver();
        f.grant("desk", Role.FRONT_DESK);
        f.grant("cashier", Role.CASHIER);
        desk = f.steward.rentParking();
        deposits = f.steward.keepDeposits();
        owner = f.memory.archives.ofUnit(f.unit("e14-1-0101")).stream()
                .filter(a -> a.party() == Party.OWNER && a.status() == ArchiveStatus.ACTIVE).findFirst().orElseThrow().id();
    }

    private static void refused(ThrowingCallable call, String rule, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo(rule);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    private static Rent march(ArchiveId renter) {
        return new Rent(renter, "比亚迪 汉", "粤B12345", "440300123456", true, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31));
    }

    private RentalView rentedWithCard() {
        f.as("desk");
        RentalView rental = desk.rent(f.estate, march(owner));
        f.as("cashier");
        return desk.issueCard(rental.id(), new IssueCard(PostingId.newId(), "IC-0007", "R-77"));
    }

    @Test
    void PRK_01_a_monthly_rental_records_the_owner_from_their_archive_with_the_vehicle_and_period() {
        f.as("desk");
        RentalView rental = desk.rent(f.estate, march(owner));

        assertThat(rental.renter()).isEqualTo(owner);
        assertThat(rental.party()).isEqualTo(Party.OWNER);
        assertThat(rental.renterName()).isEqualTo("张*");
        assertThat(rental.plate()).isEqualTo("粤B12345");
        assertThat(rental.vehicleModel()).isEqualTo("比亚迪 汉");
        assertThat(rental.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(rental.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(rental.card()).isEqualTo(CardStatus.NONE);
    }

    @Test
    void PRK_01_the_rent_of_each_month_begun_is_charged_to_the_renters_unit_at_the_estates_monthly_rent() {
        Fen arrearsBefore = f.queries.feeAccount(f.unit("e14-1-0101")).arrears();
        f.as("desk");
        RentalView rental = desk.rent(f.estate, new Rent(owner, "比亚迪 汉", "粤B12345", "440300123456", true,
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 20)));

        assertThat(rental.rent()).isEqualTo(Fen.yuan(300));
        var account = f.queries.feeAccount(f.unit("e14-1-0101"));
        assertThat(account.arrears()).isEqualTo(arrearsBefore.plus(Fen.yuan(300)));
        assertThat(account.lines().get(account.lines().size() - 1).item()).isEqualTo("PARKING_RENT");
        assertThat(ParkingDesk.rent(Fen.yuan(100), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .isEqualTo(Fen.yuan(100));
        assertThat(ParkingDesk.rent(Fen.yuan(100), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
                .isEqualTo(Fen.yuan(200));
    }

    @Test
    void PRK_01_only_owners_and_tenants_on_file_rent_monthly() {
        f.as("desk");
        refused(() -> desk.rent(f.estate, march(ArchiveId.newId())), "PRK-01", "not-a-resident");
        assertThat(desk.rentals(f.estate, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void PRK_01_the_vehicle_licence_is_checked_before_a_monthly_rental() {
        f.as("desk");
        refused(() -> desk.rent(f.estate, new Rent(owner, "比亚迪 汉", "粤B12345", "440300123456", false,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))), "PRK-01", "licence-not-checked");
        refused(() -> desk.rent(f.estate, new Rent(owner, "比亚迪 汉", "粤B12345", null, true, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31))), "PRK-01", "licence-not-checked");
        assertThatThrownBy(() -> new Rent(owner, "比亚迪 汉", "B12345", "440300123456", true, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void DEP_05_the_ic_card_is_issued_against_a_CNY_50_deposit_in_the_ledger() {
        RentalView rental = rentedWithCard();

        assertThat(rental.card()).isEqualTo(CardStatus.ISSUED);
        assertThat(rental.cardNumber()).isEqualTo("IC-0007");
        DepositView deposit = deposits.deposit(rental.deposit());
        assertThat(deposit.held()).isEqualTo(Fen.yuan(50));
        assertThat(deposits.postings(deposit.id(), PageRequest.first(5)).items().get(0).debit()).isEqualTo(AccountKind.CASH);
    }

    @Test
    void PRK_01_a_card_is_issued_only_for_a_running_monthly_rental_and_a_number_once() {
        RentalView first = rentedWithCard();
        refused(() -> desk.issueCard(first.id(), new IssueCard(PostingId.newId(), "IC-0008", "R-78")), "PRK-01",
                "card-issued-already");
        f.as("desk");
        RentalView second = desk.rent(f.estate, new Rent(owner, "大众 朗逸", "粤B54321", "440300654321", true,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30)));
        f.as("cashier");
        refused(() -> desk.issueCard(second.id(), new IssueCard(PostingId.newId(), "IC-0007", "R-79")), "PRK-01",
                "card-number-taken");
        f.clock.advance(Duration.ofDays(60));
        refused(() -> desk.issueCard(second.id(), new IssueCard(PostingId.newId(), "IC-0009", "R-80")), "PRK-01",
                "rental-ended");
    }

    @Test
    void DEP_05_the_card_deposit_is_refunded_only_when_the_card_comes_back_after_the_rental_ended() {
        RentalView rental = rentedWithCard();
        refused(() -> desk.returnCard(rental.id(), new ReturnCard(PostingId.newId(), "M-1")), "DEP-05",
                "card-returned-before-the-end");
        assertThat(deposits.deposit(rental.deposit()).held()).isEqualTo(Fen.yuan(50));

        f.clock.advance(Duration.ofDays(16)); // 2026-04-01: the March rental has ended
        ReturnCard back = new ReturnCard(PostingId.newId(), "M-1");
        RentalView returned = desk.returnCard(rental.id(), back);
        RentalView again = desk.returnCard(rental.id(), back);

        assertThat(returned.card()).isEqualTo(CardStatus.RETURNED);
        assertThat(again.card()).isEqualTo(CardStatus.RETURNED);
        DepositView deposit = deposits.deposit(rental.deposit());
        assertThat(deposit.status()).isEqualTo(DepositStatus.SETTLED);
        assertThat(deposit.held()).isEqualTo(Fen.ZERO);
        var postings = deposits.postings(deposit.id(), PageRequest.first(5)).items();
        assertThat(postings).hasSize(2);
        assertThat(postings.get(1).code()).isEqualTo(PostingCode.REFUND);
        assertThat(postings.get(1).credit()).isEqualTo(AccountKind.CASH);
    }

    @Test
    void DEP_05_a_card_never_issued_is_not_returned() {
        f.as("desk");
        RentalView rental = desk.rent(f.estate, march(owner));
        f.as("cashier");
        refused(() -> desk.returnCard(rental.id(), new ReturnCard(PostingId.newId(), "M-1")), "DEP-05", "card-not-issued");
    }

    @Test
    void PRK_01_the_garage_list_of_a_week_holds_the_rentals_running_in_it() {
        rentedWithCard();
        f.as("desk");
        desk.rent(f.estate, new Rent(owner, "大众 朗逸", "粤B54321", "440300654321", true, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30)));

        assertThat(desk.garageList(f.estate, LocalDate.of(2026, 3, 30))).extracting(RentalView::plate)
                .containsExactly("粤B12345", "粤B54321");
        assertThat(desk.garageList(f.estate, LocalDate.of(2026, 3, 23))).extracting(RentalView::plate)
                .containsExactly("粤B12345");
        assertThatThrownBy(() -> desk.garageList(f.estate, LocalDate.of(2026, 3, 24))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void PRK_01_the_rentals_running_today_that_end_within_the_days_asked_soonest_first() {
        f.as("desk");
        desk.rent(f.estate, march(owner)); // 1 … 31 March; today is 16 March
        desk.rent(f.estate, new Rent(owner, "大众 朗逸", "粤B54321", "440300654321", true, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 20)));
        desk.rent(f.estate, new Rent(owner, "丰田 卡罗拉", "粤B77777", "440300777777", true, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 5))); // not running yet

        assertThat(desk.endingSoon(f.estate, 7)).extracting(RentalView::plate).containsExactly("粤B54321");
        assertThat(desk.endingSoon(f.estate, 15)).extracting(RentalView::plate).containsExactly("粤B54321", "粤B12345");
        assertThat(desk.endingSoon(f.estate, 3)).isEmpty();
        assertThatThrownBy(() -> desk.endingSoon(f.estate, 93)).isInstanceOf(InvalidInput.class);
        f.as("guard");
        assertThatThrownBy(() -> desk.endingSoon(f.estate, 7)).isInstanceOf(io.steward.ports.shared.AccessDenied.class);
    }

    @Test
    void PRK_01_one_vehicle_has_one_rental_at_a_time() {
        f.as("desk");
        desk.rent(f.estate, march(owner));

        refused(() -> desk.rent(f.estate, new Rent(owner, "比亚迪 汉", "粤B12345", "440300123456", true,
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 19))), "PRK-01", "rental-overlaps");
        desk.rent(f.estate, new Rent(owner, "比亚迪 汉", "粤B12345", "440300123456", true, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30)));
    }

    @Test
    void DEP_05_only_the_cashier_issues_a_card_and_takes_it_back_with_its_deposit() {
        f.as("desk");
        RentalView rental = desk.rent(f.estate, march(owner));

        assertThatThrownBy(() -> desk.issueCard(rental.id(), new IssueCard(PostingId.newId(), "IC-1", "R-1")))
                .isInstanceOf(AccessDenied.class);
        assertThat(desk.rental(rental.id()).card()).isEqualTo(CardStatus.NONE);
        assertThat(desk.rental(rental.id()).licenceNumber()).as("EST-08: masked without the grant").isEqualTo("44********56");
    }

    @Test
    void PRK_01_a_guard_neither_records_rentals_nor_issues_cards() {
        f.as("guard");
        assertThatThrownBy(() -> desk.rent(f.estate, march(owner))).isInstanceOf(AccessDenied.class);
        RentalView rental = rentedWithCard();
        f.as("guard");
        assertThatThrownBy(() -> desk.returnCard(rental.id(), new ReturnCard(PostingId.newId(), "M-1")))
                .isInstanceOf(AccessDenied.class);
    }
}
