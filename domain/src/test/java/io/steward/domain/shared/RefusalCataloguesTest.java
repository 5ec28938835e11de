package io.steward.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.deposits.DepositRefusals;
import io.steward.ports.emergency.EmergencyRefusals;
import io.steward.ports.parking.ParkingRefusals;
import io.steward.ports.estate.EstateRefusals;
import io.steward.ports.keys.KeyRefusals;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.RefusalCode;
import io.steward.ports.shared.SharedRefusals;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each context's refusal catalogue lists every code it answers once, with its rule and its kind. */
class RefusalCataloguesTest {
    private static final List<Class<? extends Enum<? extends RefusalCode>>> CATALOGUES = List.of(EstateRefusals.class,
            KeyRefusals.class, EmergencyRefusals.class, DepositRefusals.class,
            ParkingRefusals.class, io.steward.ports.renovation.RenovationRefusals.class, SharedRefusals.class);

    private static Stream<RefusalCode> entries() {
        return CATALOGUES.stream().flatMap(c -> Arrays.stream(c.getEnumConstants()).map(RefusalCode.class::cast));
    }

    @Test
    @DisplayName("a catalogue names each code and rule once; codes are kebab-case, rule ids DOMAIN.md's")
    void each_code_is_listed_once_with_its_rule() {
        for (var catalogue : CATALOGUES) {
            Set<String> seen = new HashSet<>();
            for (var e : catalogue.getEnumConstants()) {
                RefusalCode code = (RefusalCode) e;
                assertThat(seen.add(code.code() + "@" + code.ruleId())).as(e.name()).isTrue();
                assertThat(code.code()).as(e.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
                if (code.ruleId() != null) {
                    assertThat(code.ruleId()).as(e.name()).matches("[A-Z]{3}-\\d{2}");
                }
            }
        }
        assertThat(entries().count()).isGreaterThan(100);
    }

    @Test
    @DisplayName("a conflict entry refuses as a conflict (409), a rule entry as a rule (422), with its rule and code")
    void an_entry_refuses_as_its_kind() {
        Refusal busy = KeyRefusals.KEY_NOT_IN_CABINET.refuse("key 1 is out", Map.of("key", "1"));
        assertThat(busy).isInstanceOf(Conflict.class);
        assertThat(busy.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(busy.ruleId()).isEqualTo("KEY-12");
        assertThat(busy.code()).isEqualTo("key-not-in-cabinet");
        assertThat(busy.details()).containsEntry("key", "1");
        Refusal rule = EstateRefusals.AMOUNT_NOT_FROM_SCHEDULE.refuse("the schedule gives CNY 12.50");
        assertThat(rule.kind()).isEqualTo(Refusal.Kind.RULE);
        assertThat(rule.ruleId()).isEqualTo("DEP-02");
    }

    @Test
    @DisplayName("a shared check names the rule of the act that calls it, and cannot refuse without one")
    void a_shared_check_refuses_for_the_act() {
        assertThat(SharedRefusals.APPROVAL_REQUIRED.ruleId()).isNull();
        assertThat(SharedRefusals.APPROVAL_REQUIRED.refuseFor("KEY-08", "approval needed").ruleId()).isEqualTo("KEY-08");
        assertThatThrownBy(() -> SharedRefusals.APPROVAL_REQUIRED.refuse("approval needed"))
                .isInstanceOf(IllegalStateException.class);
    }
}
