package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeeAccountTest {
    private final EstateFixture f = new EstateFixture();

    @Test
    @DisplayName("DEP-06: a unit's fee account is exact fen; mistakes are reversed by a new line, once, never edited")
    void lines_are_reversed_never_edited() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
        f.grant("cashier", Role.CASHIER);
        f.as("cashier");
        var unit = f.unit("e14-1-0102");
        var account = f.fees.charge(unit, new PostFees.Charge("WATER", Fen.of(4_321), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), "meter 0123"));
        assertThat(account.arrears()).isEqualTo(Fen.of(4_321));
        var wrong = account.lines().get(0).id();
        account = f.fees.reverse(unit, wrong, "wrong meter");
        account = f.fees.pay(unit, new PostFees.Payment(Fen.of(1_000), "R-7"));

        assertThat(account.lines()).extracting(l -> l.kind())
                .containsExactly(FeeEntryKind.CHARGE, FeeEntryKind.CHARGE_REVERSAL, FeeEntryKind.PAYMENT);
        assertThat(account.arrears()).isEqualTo(Fen.ZERO);
        assertThat(account.credit()).isEqualTo(Fen.of(1_000));
        assertThatThrownBy(() -> f.fees.reverse(unit, wrong, "again"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("line-already-reversed"));
    }

    @Test
    @DisplayName("DEP-06: money is never negative and never a floating-point number")
    void money_is_exact() {
        assertThatThrownBy(() -> Fen.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Fen.yuan(12).plus(Fen.of(34)).toYuanString()).isEqualTo("12.34");
        assertThat(Fen.of(5).excessOver(Fen.of(9))).isEqualTo(Fen.ZERO);
    }
}
