package io.steward.domain.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.deposits.DepositObligation;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** EST-07 seen from the deposits: a deposit held on the unit is an obligation a transfer disposes of explicitly. */
class DepositTransferTest {
    private final DepositFixture d = new DepositFixture();
    private static final PersonalData WANG_WU = new PersonalData("王五", "13500135000", "13400134000",
            "440101198505051234", LocalDate.of(1985, 5, 5));

    private TransferOwnership.Transfer transfer(Map<Obligation, Disposition> dispositions) {
        Map<Obligation, Disposition> all = new TreeMap<>();
        all.put(Obligation.FEE_CREDIT, Disposition.SETTLED);
        all.put(Obligation.OPEN_HANDOVER_DEFECTS, Disposition.MOVED_TO_NEW_OWNER);
        all.putAll(dispositions);
        return new TransferOwnership.Transfer("粤房 2026-000123", EstateFixture.TODAY, WANG_WU, "SL-NEW", all, null, null);
    }

    @Test
    void EST_07_a_deposit_held_needs_a_disposition_is_not_settled_by_a_word_and_moves_to_the_new_owner() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        d.f.grant("desk", Role.FRONT_DESK);
        d.f.as("desk");

        assertThatThrownBy(() -> d.f.transfers.transfer(d.unit, transfer(Map.of()))).isInstanceOfSatisfying(Refusal.class,
                r -> {
                    assertThat(r.code()).isEqualTo("obligation-without-disposition");
                    assertThat(r.details().get("obligations")).isEqualTo(List.of("DEPOSIT_HELD"));
                });
        assertThatThrownBy(() -> d.f.transfers.transfer(d.unit, transfer(Map.of(DepositObligation.DEPOSIT_HELD,
                Disposition.SETTLED)))).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.code()).isEqualTo("obligation-cannot-be-settled-here"));

        var asked = d.f.transfers.transfer(d.unit, transfer(Map.of(DepositObligation.DEPOSIT_HELD,
                Disposition.MOVED_TO_NEW_OWNER)));
        d.f.as("cashier");
        d.f.transfers.recordPrepayment(asked.id(), new TransferOwnership.Prepayment(asked.prepaymentRequired(), "R-T1"));

        var stored = d.f.memory.deposits.find(deposit.id()).orElseThrow();
        assertThat(stored.holderKind()).isEqualTo(HolderKind.OWNER);
        assertThat(stored.holderName()).isEqualTo("王五");
        assertThat(stored.holderPhone()).isEqualTo("13500135000");
        assertThat(d.desk.deposit(deposit.id()).held()).isEqualTo(DepositFixture.RENOVATION_DEPOSIT);
    }

    @Test
    void EST_07_a_parking_cards_deposit_is_its_rentals_not_an_obligation_of_the_unit() {
        d.collect(DepositPurpose.PARKING_CARD);
        d.f.grant("desk", Role.FRONT_DESK);
        d.f.as("desk");

        var asked = d.f.transfers.transfer(d.unit, transfer(Map.of()));

        assertThat(asked.id()).as("no DEPOSIT_HELD disposition is asked for").isNotNull();
    }
}
