package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.assembly.Steward;
import io.steward.domain.shared.Access;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.TransferView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.estate.out.OpenObligations;
import io.steward.ports.shared.Refusal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * EST-07 with an obligation the estate context has never heard of: a context declares its own codes, the transfer asks
 * for a disposition of each one open, honours the context's "never settled at the desk", and refuses a code nobody
 * declared — with no change to the estate context's code.
 */
class DeclaredObligationsTest {
    private static final Obligation DEPOSIT_HELD = Obligation.of("DEPOSIT_HELD");
    private static final Obligation PARKING_CARD = Obligation.of("PARKING_CARD");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);

    private final EstateFixture f = new EstateFixture();
    private final Set<Obligation> openNow = new HashSet<>();
    private UnitId unit;

    /** A context the estate does not know: a deposit settled at the desk, a parking card only returned. */
    private final OpenObligations deposits = new OpenObligations() {
        @Override
        public List<Declared> declared() {
            return List.of(new Declared(DEPOSIT_HELD, null), new Declared(PARKING_CARD, "the card is returned first"));
        }

        @Override
        public Set<Obligation> of(UnitId u) {
            return u.equals(unit) ? Set.copyOf(openNow) : Set.of();
        }
    };

    private TransferDesk desk(List<OpenObligations> elsewhere) {
        UseCases useCases = new UseCases(f.memory.transactions, f.memory.audit, f.memory.events, f.clock,
                new Access(f.caller::get, f.memory.roles));
        Approvals approvals = new Approvals(useCases, f.memory.approvals, Steward.purposes(), (e, p) -> p.validity());
        return new TransferDesk(useCases, f.store, elsewhere, new Privacy(useCases, approvals), approvals);
    }

    @BeforeEach
    void handedOverThenLater() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
        unit = f.unit("e14-1-0101");
        f.handOver("e14-1-0101", null);
        f.clock.advance(Duration.ofDays(55));
        f.as("desk");
    }

    private static TransferOwnership.Transfer transfer(Map<Obligation, Disposition> dispositions) {
        return new TransferOwnership.Transfer("粤房 2026-000123", DAY, new PersonalData("王五", "13500135000", "13400134000",
                "440101198505051234", LocalDate.of(1985, 5, 5)), "SL-NEW", dispositions, null, null);
    }

    private static Map<Obligation, Disposition> with(Obligation o, Disposition d) {
        return Map.of(Obligation.FEE_CREDIT, Disposition.SETTLED, Obligation.OPEN_HANDOVER_DEFECTS, Disposition.SETTLED, o, d);
    }

    private static void refused(Runnable call, String code, String detail) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo("EST-07");
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.details().toString()).contains(detail);
        });
    }

    @Test
    @DisplayName("EST-07: an obligation another context declares and reports open needs its disposition, which the transfer "
            + "records")
    void a_declared_obligation_needs_its_disposition() {
        TransferDesk transfers = desk(List.of(deposits));
        openNow.add(DEPOSIT_HELD);
        refused(() -> transfers.transfer(unit, transfer(Map.of(Obligation.FEE_CREDIT, Disposition.SETTLED,
                Obligation.OPEN_HANDOVER_DEFECTS, Disposition.SETTLED))), "obligation-without-disposition", "DEPOSIT_HELD");
        TransferView asked = transfers.transfer(unit, transfer(with(DEPOSIT_HELD, Disposition.MOVED_TO_NEW_OWNER)));
        assertThat(asked.dispositions()).containsEntry(DEPOSIT_HELD, Disposition.MOVED_TO_NEW_OWNER);
    }

    @Test
    @DisplayName("EST-07: an obligation its context declares as never settled at the desk is refused as SETTLED, with what "
            + "settles it")
    void what_the_context_says_cannot_be_settled_here_is_refused() {
        TransferDesk transfers = desk(List.of(deposits));
        openNow.add(PARKING_CARD);
        assertThatThrownBy(() -> transfers.transfer(unit, transfer(with(PARKING_CARD, Disposition.SETTLED))))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("obligation-cannot-be-settled-here");
                    assertThat(r.getMessage()).contains("the card is returned first");
                });
        assertThat(transfers.transfer(unit, transfer(with(PARKING_CARD, Disposition.MOVED_TO_NEW_OWNER))).dispositions())
                .containsEntry(PARKING_CARD, Disposition.MOVED_TO_NEW_OWNER);
    }

    @Test
    @DisplayName("EST-07: a disposition for an obligation no context declares is refused, naming it, and nothing is recorded")
    void a_code_nobody_declared_is_refused() {
        TransferDesk transfers = desk(List.of(deposits));
        refused(() -> transfers.transfer(unit, transfer(with(Obligation.of("GYM_MEMBERSHIP"), Disposition.SETTLED))),
                "obligation-unknown", "GYM_MEMBERSHIP");
        // without the deposit context, its codes are unknown too
        refused(() -> desk(List.of()).transfer(unit, transfer(with(DEPOSIT_HELD, Disposition.SETTLED))), "obligation-unknown",
                "DEPOSIT_HELD");
        assertThat(f.store.transfers().ofUnit(unit)).isEmpty();
    }

    @Test
    @DisplayName("EST-07: a declared obligation that is not open is not recorded: only what was open gets a disposition")
    void a_declared_obligation_not_open_is_not_recorded() {
        TransferView asked = desk(List.of(deposits)).transfer(unit, transfer(with(DEPOSIT_HELD, Disposition.SETTLED)));
        assertThat(asked.dispositions()).doesNotContainKey(DEPOSIT_HELD);
    }

    @Test
    @DisplayName("EST-07: two contexts declaring one code, or a context reporting a code it did not declare, is a wiring "
            + "error found at once")
    void declarations_are_checked() {
        OpenObligations again = new OpenObligations() {
            @Override
            public List<Declared> declared() {
                return List.of(new Declared(Obligation.ACTIVE_TENANCY, null));
            }

            @Override
            public Set<Obligation> of(UnitId u) {
                return Set.of();
            }
        };
        assertThatThrownBy(() -> desk(List.of(again))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ACTIVE_TENANCY");
        openNow.add(Obligation.of("UNDECLARED"));
        assertThatThrownBy(() -> desk(List.of(deposits)).transfer(unit, transfer(with(DEPOSIT_HELD, Disposition.SETTLED))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("UNDECLARED");
    }

    @Test
    @DisplayName("EST-07: an obligation's code is upper-case letters, digits and underscores")
    void codes_are_well_formed() {
        assertThat(Obligation.isCode("DEPOSIT_HELD")).isTrue();
        assertThat(Obligation.isCode("deposit")).isFalse();
        assertThat(Obligation.isCode("1ST")).isFalse();
        assertThat(Obligation.isCode("A".repeat(65))).isFalse();
        assertThatThrownBy(() -> Obligation.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
