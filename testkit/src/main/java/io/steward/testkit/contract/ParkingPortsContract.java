package io.steward.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.out.DepositState;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.parking.CardStatus;
import io.steward.ports.parking.ParkingRentalId;
import io.steward.ports.parking.out.ParkingRentalState;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.StoreConflict;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The behaviour every implementation of the parking context's out-ports must show. */
public abstract class ParkingPortsContract extends AdaptersContract {

    private ParkingRentalState rental(EstateId estate, UnitId unit, ArchiveState renter, String plate, LocalDate from,
                                      LocalDate to) {
        return new ParkingRentalState(ParkingRentalId.newId(), estate, unit, renter.id(), Party.OWNER, "张三",
                "13800138000", "比亚迪 汉", plate, "440300123456", from, to, Fen.yuan(100), CardStatus.NONE, null, null, "desk",
                Samples.AT, 0);
    }

    private DepositState deposit(EstateId estate, UnitId unit) {
        return tx(() -> a.deposits().save(new DepositState(DepositId.newId(), estate, unit, DepositPurpose.PARKING_CARD,
                "card", HolderKind.OWNER, "张三", "13800138000", Fen.yuan(50), DepositStatus.HELD, "cashier", Samples.AT, 0)));
    }

    @Test
    @DisplayName("PRK-01 rentals: every field round-trips; writes are optimistic; the week's running rentals by plate")
    void rentals() {
        EstateId estate = newEstate().id();
        UnitId unit = newUnit(estate);
        ArchiveState owner = Samples.archive(estate, unit);
        tx(() -> a.archives().save(owner));
        ParkingRentalState may = tx(() -> a.parkingRentals().save(rental(estate, unit, owner, "粤B22222",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31))));
        ParkingRentalState june = tx(() -> a.parkingRentals().save(rental(estate, unit, owner, "粤B11111",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))));

        assertThat(may.version()).isEqualTo(1);
        assertThat(a.parkingRentals().find(may.id())).contains(may);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx(() -> a.parkingRentals().save(may.withVersion(0))))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThat(a.parkingRentals().running(estate, LocalDate.of(2026, 5, 25), LocalDate.of(2026, 5, 31)))
                .containsExactly(may);
        assertThat(a.parkingRentals().running(estate, LocalDate.of(2026, 5, 28), LocalDate.of(2026, 6, 3)))
                .extracting(ParkingRentalState::plate).containsExactly("粤B11111", "粤B22222");
        assertThat(a.parkingRentals().ofEstate(estate, PageRequest.first(10)).total()).isEqualTo(2);
        assertThat(a.parkingRentals().running(EstateId.newId(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30)))
                .isEmpty();
        assertThat(june.card()).isEqualTo(CardStatus.NONE);
    }

    @Test
    @DisplayName("PRK-01 cards: a card number is out with one rental of an estate at a time; returned, it is free again")
    void cardsOnce() {
        EstateId estate = newEstate().id();
        UnitId unit = newUnit(estate);
        ArchiveState owner = Samples.archive(estate, unit);
        tx(() -> a.archives().save(owner));
        ParkingRentalState one = tx(() -> a.parkingRentals().save(rental(estate, unit, owner, "粤B22222",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31))));
        ParkingRentalState two = tx(() -> a.parkingRentals().save(rental(estate, unit, owner, "粤B11111",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31))));
        ParkingRentalState issued = tx(() -> a.parkingRentals().save(one.withCard(CardStatus.ISSUED, "IC-7",
                deposit(estate, unit).id())));

        assertThat(a.parkingRentals().byCard(estate, "IC-7")).contains(issued);
        DepositId other = deposit(estate, unit).id();
        refusedAs(() -> tx(() -> a.parkingRentals().save(two.withCard(CardStatus.ISSUED, "IC-7", other))),
                StoreConflict.DUPLICATE);
        tx(() -> a.parkingRentals().save(issued.withCard(CardStatus.RETURNED, "IC-7", issued.deposit())));
        assertThat(a.parkingRentals().byCard(estate, "IC-7")).isEmpty();
        assertThat(tx(() -> a.parkingRentals().save(two.withCard(CardStatus.ISSUED, "IC-7", other))).card())
                .isEqualTo(CardStatus.ISSUED);
    }

    @Test
    @DisplayName("PRK-02 price lists: every field round-trips; writes are optimistic; the published list of an estate is found")
    void priceLists() {
        EstateId estate = newEstate().id();
        var services = java.util.List.of(new io.steward.ports.parking.PaidService("UNCLOG", "疏通下水道", Fen.yuan(50), "次"));
        var draft = tx(() -> a.priceLists().save(new io.steward.ports.parking.out.PriceListState(
                io.steward.ports.parking.PriceListId.newId(), estate, services, io.steward.ports.parking.PriceListStatus.DRAFT,
                "desk", Samples.AT, null, null, null, 0)));
        assertThat(a.priceLists().find(draft.id())).contains(draft);
        assertThat(a.priceLists().published(estate)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx(() -> a.priceLists().save(draft.withVersion(0))))
                .isInstanceOf(ConcurrentUpdate.class);
        var published = tx(() -> a.priceLists().save(draft.withStatus(io.steward.ports.parking.PriceListStatus.PUBLISHED,
                io.steward.ports.shared.ApprovalId.newId(), "pm", Samples.AT.plusSeconds(60))));
        assertThat(published.version()).isEqualTo(2);
        assertThat(a.priceLists().published(estate)).contains(published);
        assertThat(a.priceLists().published(EstateId.newId())).isEmpty();
    }
}
