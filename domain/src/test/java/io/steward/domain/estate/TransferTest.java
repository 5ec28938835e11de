package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TransferTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    /** Six months of MGMT (2.50 × 89.50 m²) and WASTE (30.00) for a residence of the fixture. */
    private static final Fen HALF_YEAR = Fen.of(152_250);

    private final EstateFixture f = new EstateFixture();

    @BeforeEach
    void estate() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
    }

    private static PersonalData wangWu() {
        return new PersonalData("王五", "13500135000", "13400134000", "440101198505051234");
    }

    private static TransferOwnership.Transfer transfer(Fen prepayment, Map<Obligation, Disposition> dispositions) {
        return new TransferOwnership.Transfer("粤房 2026-000123", DAY, wangWu(), "SL-NEW", prepayment, "R-T1", dispositions);
    }

    private static Refusal est07(Refusal r) {
        assertThat(r.ruleId()).isEqualTo("EST-07");
        return r;
    }

    @Test
    @DisplayName("EST-07: the old archive is marked transferred with the date, the new owner gets an archive and the roster names them")
    void a_unit_changes_hands() {
        f.handOver("e14-1-0101", null);
        var result = f.transfers.transfer(f.unit("e14-1-0101"), transfer(HALF_YEAR,
                Map.of(Obligation.OPEN_HANDOVER_DEFECTS, Disposition.MOVED_TO_NEW_OWNER)));

        var archives = f.queries.archivesOf(f.unit("e14-1-0101"));
        assertThat(archives).filteredOn(a -> a.id().equals(result.previousOwner())).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ArchiveStatus.TRANSFERRED);
            assertThat(a.until()).isEqualTo(DAY);
        });
        assertThat(archives).filteredOn(a -> a.id().equals(result.newOwner())).singleElement().satisfies(a -> {
            assertThat(a.party()).isEqualTo(Party.OWNER);
            assertThat(a.status()).isEqualTo(ArchiveStatus.ACTIVE);
            assertThat(a.safetyLetter()).isEqualTo("SL-NEW");
        });
        assertThat(f.memory.roster.find(f.unit("e14-1-0101")).orElseThrow().ownerName()).isEqualTo("王五");
        assertThat(result.prepaidThrough()).isEqualTo(DAY.plusMonths(6).minusDays(1));
        assertThat(f.queries.feeAccount(f.unit("e14-1-0101")).arrears()).isEqualTo(Fen.ZERO);
        assertThat(f.memory.events.published(OwnershipTransferred.class)).singleElement()
                .satisfies(e -> assertThat(e.dispositions()).containsEntry(Obligation.OPEN_HANDOVER_DEFECTS, Disposition.MOVED_TO_NEW_OWNER));
    }

    @Test
    @DisplayName("EST-07: the old owner settles every charge first, and the new owner prepays at least half a year")
    void arrears_and_prepayment() {
        f.handOver("e14-1-0101", null);
        Map<Obligation, Disposition> defects = Map.of(Obligation.OPEN_HANDOVER_DEFECTS, Disposition.SETTLED);
        assertThatThrownBy(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(HALF_YEAR.minus(Fen.of(1)), defects)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(est07(r).details()).containsEntry("required", 152_250L));

        f.as("cashier");
        f.fees.charge(f.unit("e14-1-0101"), new PostFees.Charge("WATER", Fen.of(1_000), null, null, null));
        f.as("desk");
        assertThatThrownBy(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(HALF_YEAR, defects)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(est07(r).code()).isEqualTo("arrears-outstanding"));
        assertThat(f.queries.archivesOf(f.unit("e14-1-0101"))).allSatisfy(a -> assertThat(a.status()).isEqualTo(ArchiveStatus.ACTIVE));
    }

    @Test
    @DisplayName("EST-07: every open obligation needs an explicit disposition; a tenancy is never settled by a word at the desk")
    void nothing_is_silently_lost() {
        f.tenantIn("e14-1-0101");
        assertThatThrownBy(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(HALF_YEAR, Map.of())))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(est07(r).code()).isEqualTo("obligation-without-disposition");
                    assertThat(r.getMessage()).contains("ACTIVE_TENANCY", "OPEN_HANDOVER_DEFECTS");
                });
        assertThatThrownBy(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(HALF_YEAR, Map.of(
                Obligation.ACTIVE_TENANCY, Disposition.SETTLED, Obligation.OPEN_HANDOVER_DEFECTS, Disposition.SETTLED))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(est07(r).code()).isEqualTo("obligation-cannot-be-settled-here"));

        var result = f.transfers.transfer(f.unit("e14-1-0101"), transfer(HALF_YEAR, Map.of(
                Obligation.ACTIVE_TENANCY, Disposition.MOVED_TO_NEW_OWNER, Obligation.OPEN_HANDOVER_DEFECTS, Disposition.SETTLED)));
        assertThat(result.dispositions()).hasSize(2);
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.TENANT_OCCUPIED);
        f.as("gm");
        assertThat(f.queries.audit(f.estate, io.steward.ports.shared.PageRequest.first(50)).items())
                .filteredOn(a -> a.action().equals("ownership.transfer-obligation")).hasSize(2);
    }

    @Test
    @DisplayName("EST-07: a unit never handed over has no owner to transfer from")
    void no_transfer_before_handover() {
        f.grant("desk", io.steward.ports.shared.Role.FRONT_DESK);
        f.as("desk");
        assertThatThrownBy(() -> f.transfers.transfer(f.unit("e14-1-0102"), transfer(HALF_YEAR, Map.of())))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(est07(r).code()).isEqualTo("no-owner"));
    }
}
