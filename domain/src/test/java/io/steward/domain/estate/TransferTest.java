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
import io.steward.ports.estate.Reading;
import io.steward.ports.estate.TransferCredit;
import io.steward.ports.estate.TransferStage;
import io.steward.ports.estate.TransferView;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * EST-07 with money worked out by hand. Unit e14-1-0101 (89.50 m²) was handed over on 2026-03-16 with six months
 * prepaid: MGMT 89.50 × CNY 2.50 × 6 = 134 250 fen and WASTE CNY 30 × 6 = 18 000 fen, for 2026-03-16 … 2026-09-15. It
 * changes hands on 2026-05-10: the old owner's days 2026-05-10 … 2026-09-15 are 4 months (to 09-09) and 6 days of the
 * 30-day month from 09-10, so MGMT 22 375 × (4 + 6/30) = 93 975 fen and WASTE 3 000 × 4.2 = 12 600 fen are credited
 * back: 106 575 fen, the old owner's money. The new owner's half year of management fee from 2026-05-10 is 134 250 fen.
 */
class TransferTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private final EstateFixture f = new EstateFixture();

    private void handedOverThenLater(boolean meters) {
        f.registerEstate("LAKE", meters ? EstateFixture.scheduleWithMeters() : EstateFixture.schedule());
        f.importSmallLayout();
        f.handOver("e14-1-0101", null);
        f.clock.advance(Duration.ofDays(55));
        f.grant("pm", io.steward.ports.shared.Role.PROJECT_MANAGER);
        f.as("desk");
    }

    private static PersonalData wangWu() {
        return new PersonalData("王五", "13500135000", "13400134000", "440101198505051234", LocalDate.of(1985, 5, 5));
    }

    private static TransferOwnership.Transfer transfer(LocalDate on, Map<Obligation, Disposition> dispositions, String agreement) {
        return new TransferOwnership.Transfer("粤房 2026-000123", on, wangWu(), "SL-NEW", dispositions, agreement, null);
    }

    private static Map<Obligation, Disposition> refunded() {
        return Map.of(Obligation.FEE_CREDIT, Disposition.SETTLED, Obligation.OPEN_HANDOVER_DEFECTS, Disposition.MOVED_TO_NEW_OWNER);
    }

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo("EST-07");
            assertThat(r.code()).isEqualTo(code);
        });
    }

    private TransferView prepay(TransferView t, long fen) {
        f.as("cashier");
        TransferView done = f.transfers.recordPrepayment(t.id(), new TransferOwnership.Prepayment(Fen.of(fen), "R-T1"));
        f.as("desk");
        return done;
    }

    @Test
    @DisplayName("EST-07: the old owner's charges for the days from the transfer date are credited back from the schedule and "
            + "refunded to them; the new owner prepays half a year of the management fee; the archives switch only when the "
            + "cashier records it")
    void the_old_owners_later_days_are_credited_back_and_refunded() {
        handedOverThenLater(false);
        TransferView asked = f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null));
        assertThat(asked.stage()).isEqualTo(TransferStage.AWAITING_PREPAYMENT);
        assertThat(asked.credits()).extracting(TransferCredit::item, c -> c.amount().value(), TransferCredit::from, TransferCredit::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MGMT", 93_975L, DAY, LocalDate.of(2026, 9, 15)),
                        org.assertj.core.groups.Tuple.tuple("WASTE", 12_600L, DAY, LocalDate.of(2026, 9, 15)));
        assertThat(asked.refundDue()).isEqualTo(Fen.of(106_575));
        assertThat(asked.creditCarried()).isEqualTo(Fen.ZERO);
        assertThat(asked.managementDue()).isEqualTo(Fen.of(134_250));
        assertThat(asked.prepaymentRequired()).isEqualTo(Fen.of(134_250));
        assertThat(asked.newOwnerName()).isEqualTo("王*");
        // nothing moved yet
        assertThat(f.queries.feeAccount(f.unit("e14-1-0101")).lines()).hasSize(3);
        assertThat(f.queries.archivesOf(f.unit("e14-1-0101"))).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ArchiveStatus.ACTIVE));

        refused(() -> prepay(asked, 134_249), "prepayment-too-small");
        TransferView done = prepay(asked, 134_250);
        assertThat(done.stage()).isEqualTo(TransferStage.COMPLETED);
        assertThat(done.prepaidThrough()).isEqualTo(DAY.plusMonths(6).minusDays(1));
        var account = f.queries.feeAccount(f.unit("e14-1-0101"));
        // charged: 152 250 − 106 575 credited + 152 250 for the new owner; paid: 152 250 − 106 575 owed back + 134 250
        assertThat(account.charged()).isEqualTo(Fen.of(197_925));
        assertThat(account.paid()).isEqualTo(Fen.of(179_925));
        assertThat(account.refundsDue()).isEqualTo(Fen.of(106_575));
        assertThat(account.arrears()).as("the new owner's waste removal, billed as usual").isEqualTo(Fen.of(18_000));

        var archives = f.queries.archivesOf(f.unit("e14-1-0101"));
        assertThat(archives).filteredOn(a -> a.id().equals(done.previousOwner())).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ArchiveStatus.TRANSFERRED);
            assertThat(a.until()).isEqualTo(DAY);
        });
        assertThat(archives).filteredOn(a -> a.id().equals(done.newOwner())).singleElement().satisfies(a -> {
            assertThat(a.party()).isEqualTo(Party.OWNER);
            assertThat(a.status()).isEqualTo(ArchiveStatus.ACTIVE);
            assertThat(a.since()).isEqualTo(DAY);
            assertThat(a.safetyLetter()).isEqualTo("SL-NEW");
        });
        assertThat(f.memory.roster.find(f.unit("e14-1-0101")).orElseThrow().ownerName()).isEqualTo("王五");
        assertThat(f.memory.events.published(OwnershipTransferred.class)).singleElement()
                .satisfies(e -> assertThat(e.dispositions()).containsEntry(Obligation.FEE_CREDIT, Disposition.SETTLED));
    }

    @Test
    @DisplayName("EST-07: the old owner's credit is carried to the new owner only by their recorded agreement, and then counts "
            + "toward the new owner's half year of management fee")
    void the_credit_is_carried_by_agreement() {
        handedOverThenLater(false);
        Map<Obligation, Disposition> carried = Map.of(Obligation.FEE_CREDIT, Disposition.MOVED_TO_NEW_OWNER,
                Obligation.OPEN_HANDOVER_DEFECTS, Disposition.SETTLED);
        refused(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, carried, null)), "credit-agreement-required");
        TransferView asked = f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, carried, "AGR-2026-05 (old and new owner)"));
        assertThat(asked.creditCarried()).isEqualTo(Fen.of(106_575));
        assertThat(asked.refundDue()).isEqualTo(Fen.ZERO);
        // 134 250 − 106 575
        assertThat(asked.prepaymentRequired()).isEqualTo(Fen.of(27_675));
        refused(() -> prepay(asked, 27_674), "prepayment-too-small");
        prepay(asked, 27_675);
        var account = f.queries.feeAccount(f.unit("e14-1-0101"));
        assertThat(account.refundsDue()).isEqualTo(Fen.ZERO);
        assertThat(account.paid()).isEqualTo(Fen.of(152_250 + 27_675));
        assertThat(account.arrears()).isEqualTo(Fen.of(18_000));
    }

    @Test
    @DisplayName("EST-07: the prepayment is recorded by the cashier; the desk only records the transfer")
    void the_prepayment_is_the_cashiers() {
        handedOverThenLater(false);
        TransferView asked = f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null));
        assertThatThrownBy(() -> f.transfers.recordPrepayment(asked.id(), new TransferOwnership.Prepayment(Fen.of(134_250),
                "R-T1"))).isInstanceOf(AccessDenied.class);
        f.as("cashier");
        assertThatThrownBy(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("EST-07: the old owner settles every charge up to the transfer date first; what is credited back for the "
            + "later days counts toward it, the rest is refunded")
    void arrears_up_to_the_transfer_date_are_settled_first() {
        handedOverThenLater(false);
        f.as("cashier");
        f.fees.charge(f.unit("e14-1-0101"), new PostFees.Charge("REPAIR", Fen.of(110_000), null, null, "paid repair WO-9"));
        f.as("desk");
        // the account is one: the 106 575 credited back for the later days count toward the 110 000 owed, 3 425 remain
        assertThatThrownBy(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.ruleId()).isEqualTo("EST-07");
                    assertThat(r.code()).isEqualTo("arrears-outstanding");
                    assertThat(r.details()).containsEntry("arrears", 3_425L);
                });
        assertThat(f.transfers.ofUnit(f.unit("e14-1-0101"))).isEmpty();
        f.as("cashier");
        f.fees.pay(f.unit("e14-1-0101"), new PostFees.Payment(Fen.of(5_000), "R-8"));
        f.as("desk");
        // 5 000 − 3 425 is the old owner's to get back
        assertThat(f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null)).refundDue())
                .isEqualTo(Fen.of(1_575));
    }

    @Test
    @DisplayName("EST-07/EST-02: a transfer changes no status: the old owner moves out first; a tenancy carried to the new "
            + "owner stays")
    void a_transfer_changes_no_status() {
        handedOverThenLater(false);
        f.occupants.ownerMovesIn(f.unit("e14-1-0101"), null);
        refused(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null)), "old-owner-moves-out-first");
        f.moveOut.ownerMovesOut(f.unit("e14-1-0101"), new io.steward.ports.estate.in.MoveOut.OwnerMoveOut(null, null));
        f.occupants.tenantMovesIn(new io.steward.ports.estate.in.MoveIn.TenantMoveIn(f.unit("e14-1-0101"), EstateFixture.liSi(),
                "OC-1", "L-1", "SL-T1", null));
        Map<Obligation, Disposition> withTenant = Map.of(Obligation.FEE_CREDIT, Disposition.SETTLED,
                Obligation.OPEN_HANDOVER_DEFECTS, Disposition.SETTLED, Obligation.ACTIVE_TENANCY, Disposition.SETTLED);
        refused(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, withTenant, null)),
                "obligation-cannot-be-settled-here");
        TransferView asked = f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, Map.of(Obligation.FEE_CREDIT,
                Disposition.SETTLED, Obligation.OPEN_HANDOVER_DEFECTS, Disposition.SETTLED, Obligation.ACTIVE_TENANCY,
                Disposition.MOVED_TO_NEW_OWNER), null));
        long historyBefore = f.queries.occupancyHistory(f.unit("e14-1-0101"), PageRequest.first(50)).total();
        prepay(asked, 134_250);
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.TENANT_OCCUPIED);
        assertThat(f.queries.occupancyHistory(f.unit("e14-1-0101"), PageRequest.first(50)).total()).isEqualTo(historyBefore);
    }

    @Test
    @DisplayName("EST-07: the transfer date lies between the old owner's handover and today, and a date before today needs "
            + "the project manager's approval of that date for this unit; the new owner's archive has the emergency mobile "
            + "and the birthday")
    void the_date_and_the_new_owners_archive() {
        handedOverThenLater(false);
        refused(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY.plusDays(1), refunded(), null)),
                "transfer-date-out-of-range");
        refused(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(EstateFixture.TODAY.minusDays(1), refunded(), null)),
                "transfer-date-out-of-range");
        refused(() -> f.transfers.transfer(f.unit("e14-1-0101"), new TransferOwnership.Transfer("粤房 1", DAY,
                new PersonalData("王五", "13500135000", null, "440101198505051234", LocalDate.of(1985, 5, 5)), "SL", refunded(),
                null, null)), "new-owner-archive-incomplete");
        refused(() -> f.transfers.transfer(f.unit("e14-1-0101"), new TransferOwnership.Transfer("粤房 1", DAY,
                new PersonalData("王五", "13500135000", "13400134000", "440101198505051234", null), "SL", refunded(), null, null)),
                "new-owner-archive-incomplete");
        // the day of the handover itself is in range, but it is before today: the old owner's later days would all be
        // credited back from it
        refused(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(EstateFixture.TODAY, refunded(), null)),
                "approval-required");
        ApprovalId otherDate = backdated(f.unit("e14-1-0101"), EstateFixture.TODAY.plusDays(1));
        refused(() -> f.transfers.transfer(f.unit("e14-1-0101"), new TransferOwnership.Transfer("粤房 2026-000123",
                EstateFixture.TODAY, wangWu(), "SL-NEW", refunded(), null, otherDate)), "approval-not-for-this-act");
        ApprovalId approved = backdated(f.unit("e14-1-0101"), EstateFixture.TODAY);
        assertThat(f.transfers.transfer(f.unit("e14-1-0101"), new TransferOwnership.Transfer("粤房 2026-000123",
                EstateFixture.TODAY, wangWu(), "SL-NEW", refunded(), null, approved)).stage())
                .isEqualTo(TransferStage.AWAITING_PREPAYMENT);
        assertThat(f.approvals.approval(approved).status()).isEqualTo(io.steward.ports.shared.ApprovalStatus.CONSUMED);
    }

    /** The project manager's approval of dating the unit's transfer {@code date}, asked for by the desk. */
    private ApprovalId backdated(io.steward.ports.estate.UnitId unit, LocalDate date) {
        f.as("desk");
        ApprovalId id = f.approvals.request(new io.steward.ports.shared.in.Approve.Request(f.estate,
                io.steward.ports.estate.EstateApprovals.BACKDATED_TRANSFER.code(), unit.toString(), "the deed was signed then",
                date.toString())).id();
        f.as("pm");
        f.approvals.approve(id, null);
        f.as("desk");
        return id;
    }

    @Test
    @DisplayName("EST-07: every open obligation needs an explicit disposition; none is dropped silently")
    void nothing_is_silently_lost() {
        handedOverThenLater(false);
        assertThatThrownBy(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, Map.of(), null)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("obligation-without-disposition");
                    assertThat(r.getMessage()).contains("FEE_CREDIT", "OPEN_HANDOVER_DEFECTS");
                });
        f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null));
        f.as("gm");
        assertThat(f.queries.audit(f.estate, PageRequest.first(50)).items())
                .filteredOn(a -> a.action().equals("ownership.transfer-obligation")).hasSize(2);
    }

    @Test
    @DisplayName("EST-07: the meters are read on or after the transfer date, so that every charge up to it includes them")
    void meters_are_read_at_the_transfer() {
        handedOverThenLater(true);
        refused(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null)), "meters-not-read");
        f.as("cashier");
        f.fees.readMeters(f.unit("e14-1-0101"), new PostFees.MeterRound(List.of(new PostFees.Read("WATER", Reading.of("10")),
                new PostFees.Read("POWER", Reading.of("100"))), "transfer"));
        f.as("desk");
        // water 10 m³ × 3.50 = 3 500 and electricity 100 kWh × 0.62 = 6 200 fen are billed, and settled from the credit
        assertThat(f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null)).refundDue())
                .isEqualTo(Fen.of(106_575 - 9_700));
    }

    @Test
    @DisplayName("EST-07: one transfer at a time; until the prepayment it can be cancelled, and then nothing more happens to it")
    void a_transfer_is_cancelled_before_its_prepayment() {
        handedOverThenLater(false);
        TransferView asked = f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null));
        assertThatThrownBy(() -> f.transfers.transfer(f.unit("e14-1-0101"), transfer(DAY, refunded(), null)))
                .isInstanceOfSatisfying(Conflict.class, r -> assertThat(r.code()).isEqualTo("transfer-already-open"));
        assertThat(f.transfers.cancel(asked.id(), "the sale fell through").stage()).isEqualTo(TransferStage.CANCELLED);
        f.as("cashier");
        assertThatThrownBy(() -> f.transfers.recordPrepayment(asked.id(), new TransferOwnership.Prepayment(Fen.of(134_250), "R")))
                .isInstanceOfSatisfying(Conflict.class, r -> assertThat(r.code()).isEqualTo("transfer-not-awaiting-prepayment"));
        assertThat(f.queries.archivesOf(f.unit("e14-1-0101"))).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ArchiveStatus.ACTIVE));
    }

    @Test
    @DisplayName("EST-07: a unit never handed over has no owner to transfer from")
    void no_transfer_before_handover() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
        f.grant("desk", io.steward.ports.shared.Role.FRONT_DESK);
        f.as("desk");
        refused(() -> f.transfers.transfer(f.unit("e14-1-0102"), transfer(EstateFixture.TODAY, Map.of(), null)), "no-owner");
    }
}
