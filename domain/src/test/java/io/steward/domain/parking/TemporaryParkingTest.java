package io.steward.domain.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.ParkingTariff;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The seed's tariff (004 §17): CNY 2 up to 2 hours, CNY 1 for each further hour begun, at most CNY 6 a day. */
class TemporaryParkingTest {
    private static final Instant EVENING = Instant.parse("2026-03-16T14:00:00Z"); // 22:00 in Shanghai
    private final TemporaryParking seed = new TemporaryParking(ParkingTariff.DEFAULT);

    private Fen after(Duration stay) {
        return seed.fee(EVENING, EVENING.plus(stay)).amount();
    }

    @Test
    void the_first_two_hours_cost_CNY_2_and_each_further_hour_begun_CNY_1() {
        assertThat(after(Duration.ZERO)).isEqualTo(Fen.ZERO);
        assertThat(after(Duration.ofMinutes(1))).isEqualTo(Fen.yuan(2));
        assertThat(after(Duration.ofHours(2))).isEqualTo(Fen.yuan(2));
        assertThat(after(Duration.ofHours(2).plusMinutes(1))).isEqualTo(Fen.yuan(3));
        assertThat(after(Duration.ofHours(3))).isEqualTo(Fen.yuan(3));
        assertThat(after(Duration.ofHours(3).plusSeconds(1))).isEqualTo(Fen.yuan(4));
    }

    @Test
    void a_day_costs_at_most_CNY_6() {
        assertThat(after(Duration.ofHours(6))).isEqualTo(Fen.yuan(6));
        assertThat(after(Duration.ofHours(23).plusMinutes(59))).isEqualTo(Fen.yuan(6));
        assertThat(after(Duration.ofHours(24))).isEqualTo(Fen.yuan(6));
    }

    @Test
    void a_stay_across_midnight_is_one_stay() {
        var fee = seed.fee(EVENING, EVENING.plus(Duration.ofHours(3))); // 22:00 → 01:00
        assertThat(fee.amount()).isEqualTo(Fen.yuan(3));
        assertThat(fee.wholeDays()).isZero();
    }

    @Test
    void a_stay_of_several_days_pays_the_cap_for_each_whole_day_and_the_rule_for_the_rest() {
        var fee = seed.fee(EVENING, EVENING.plus(Duration.ofDays(3).plusHours(2).plusMinutes(30)));
        assertThat(fee.wholeDays()).isEqualTo(3);
        assertThat(fee.restMinutes()).isEqualTo(150);
        assertThat(fee.amount()).isEqualTo(Fen.yuan(3 * 6 + 3));
        assertThat(fee.explanation()).contains("3 × 24 h").contains("150 min");
        assertThat(after(Duration.ofDays(2))).isEqualTo(Fen.yuan(12));
    }

    @Test
    void the_tariff_is_the_estates_own() {
        TemporaryParking dear = new TemporaryParking(new ParkingTariff(Fen.yuan(5), 1, Fen.yuan(3), Fen.yuan(30), null));
        assertThat(dear.fee(EVENING, EVENING.plus(Duration.ofMinutes(90))).amount()).isEqualTo(Fen.yuan(8));
        assertThat(dear.fee(EVENING, EVENING.plus(Duration.ofHours(30))).amount()).isEqualTo(Fen.yuan(30 + 5 + 3 * 5));
    }

    @Test
    void a_stay_that_ends_before_it_begins_is_refused() {
        assertThatThrownBy(() -> seed.fee(EVENING, EVENING.minusSeconds(1))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ParkingTariff(Fen.yuan(7), 2, Fen.yuan(1), Fen.yuan(6), null)).isInstanceOf(InvalidInput.class);
    }
}
