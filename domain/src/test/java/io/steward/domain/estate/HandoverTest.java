package io.steward.domain.estate;

import io.steward.ports.estate.Area;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.EstateApprovals;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.FeeBasis;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.FeeLine;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.in.Approve;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.DefectStatus;
import io.steward.ports.estate.HandoverCompleted;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HandoverTest {
    private final EstateFixture f = new EstateFixture();

    @BeforeEach
    void estate() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
    }

    private static void refusedFor(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo("EST-04");
            assertThat(r.code()).isEqualTo(code);
        });
    }

    @Test
    @DisplayName("EST-04: a completed handover passes every step in order, makes the unit VACANT and dates the owner archive")
    void a_handover_runs_in_order_to_completion() {
        HandoverView h = f.handOver("e14-1-0101", null);

        assertThat(h.stage()).isEqualTo(HandoverStage.COMPLETED);
        assertThat(h.trail()).extracting(s -> s.reached()).containsSubsequence(HandoverStage.STARTED,
                HandoverStage.IDENTITY_VERIFIED, HandoverStage.DOCUMENTS_COLLECTED, HandoverStage.ARCHIVE_FILLED,
                HandoverStage.SAFETY_LETTER_SIGNED, HandoverStage.FEES_COMPUTED, HandoverStage.FEES_PAID,
                HandoverStage.INSPECTED, HandoverStage.COMPLETED);
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.VACANT);
        assertThat(f.queries.archivesOf(f.unit("e14-1-0101"))).singleElement().satisfies(a -> {
            assertThat(a.since()).isEqualTo(EstateFixture.TODAY);
            assertThat(a.safetyLetter()).isEqualTo("SL-0001");
        });
        assertThat(f.memory.events.published(HandoverCompleted.class)).hasSize(1);
    }

    @Test
    @DisplayName("EST-04: a step out of order is refused, and nothing is written")
    void steps_out_of_order_are_refused() {
        HandoverView h = f.handOver("e14-1-0101", HandOverUnit.CollectDocuments.class);
        long auditBefore = f.memory.audit.ofEstate(f.estate, PageRequest.first(500)).total();

        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.SignSafetyLetter("SL-1")), "handover-step-out-of-order");
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.HandOverKeys(2, true, true, List.of(), "张三")),
                "handover-step-out-of-order");

        assertThat(f.queries.handover(h.id()).stage()).isEqualTo(HandoverStage.IDENTITY_VERIFIED);
        assertThat(f.memory.audit.ofEstate(f.estate, PageRequest.first(500)).total()).isEqualTo(auditBefore);
    }

    @Test
    @DisplayName("EST-04: identity must match the developer's owner roster, ID document and purchase contract")
    void identity_is_verified_against_the_roster() {
        f.grant("desk", Role.FRONT_DESK);
        f.as("desk");
        HandoverView h = f.desk.start(f.unit("e14-1-0101"));
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.VerifyIdentity("张三", "110101199001011234", "HT-FORGED")),
                "identity-not-verified");
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.VerifyIdentity("张三", "310101199202021234", "HT-2026-0001")),
                "identity-not-verified");
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.VerifyIdentity("张四", "110101199001011234", "HT-2026-0001")),
                "identity-not-verified");
        assertThat(f.desk.perform(h.id(), new HandOverUnit.VerifyIdentity("张三", "110101199001011234", "HT-2026-0001")).stage())
                .isEqualTo(HandoverStage.IDENTITY_VERIFIED);
        HandoverView other = f.desk.start(f.unit("e14-1-0102"));
        refusedFor(() -> f.desk.perform(other.id(), new HandOverUnit.VerifyIdentity("李四", "1", "2")), "owner-not-on-roster");
    }

    @Test
    @DisplayName("EST-04: the owner archive needs the emergency mobile number and the owner's birthday")
    void the_archive_needs_an_emergency_mobile_and_a_birthday() {
        HandoverView h = f.handOver("e14-1-0101", HandOverUnit.FillArchive.class);
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.FillArchive(new PersonalData("张三", "13800138000", null,
                "110101199001011234", LocalDate.of(1990, 1, 1)))), "emergency-mobile-missing");
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.FillArchive(new PersonalData("张三", "13800138000",
                "13900139000", "110101199001011234", null))), "birthday-missing");
        f.desk.perform(h.id(), new HandOverUnit.FillArchive(EstateFixture.zhangSan()));
        // EST-08: the birthday is personal data: masked views leave it out
        assertThat(f.queries.archivesOf(f.unit("e14-1-0101"))).singleElement()
                .satisfies(a -> assertThat(a.person().birthday()).isNull());
    }

    @Test
    @DisplayName("EST-04: the handover is dated the day it is recorded, in the estate's time zone; an earlier date needs the "
            + "project manager's approval of that date for this handover; a later one is refused")
    void the_handover_date_is_the_day_it_is_recorded() {
        HandoverView h = f.handOver("e14-1-0101", HandOverUnit.ComputeFees.class);
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.ComputeFees(EstateFixture.TODAY.plusDays(1), null)),
                "handover-date-in-future");
        LocalDate earlier = EstateFixture.TODAY.minusDays(5);
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.ComputeFees(earlier, null)), "approval-required");
        f.grant("pm", Role.PROJECT_MANAGER);
        ApprovalId otherDate = approved(h, EstateFixture.TODAY.minusDays(6));
        f.as("desk");
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.ComputeFees(earlier, otherDate)), "approval-not-for-this-act");
        ApprovalId approval = approved(h, earlier);
        f.as("desk");
        HandoverView dated = f.desk.perform(h.id(), new HandOverUnit.ComputeFees(earlier, approval));
        assertThat(dated.handoverDate()).isEqualTo(earlier);
        assertThat(dated.prepaidThrough()).isEqualTo(earlier.plusMonths(6).minusDays(1));

        f.onTheRoster("e14-1-0102");
        HandoverView today = f.handOver("e14-1-0102", HandOverUnit.ComputeFees.class);
        // an approval for another handover does not date this one
        ApprovalId forTheOther = approved(h, EstateFixture.TODAY.minusDays(2));
        f.as("desk");
        refusedFor(() -> f.desk.perform(today.id(), new HandOverUnit.ComputeFees(EstateFixture.TODAY.minusDays(2), forTheOther)),
                "approval-not-for-this-act");
        // 07:00 in Shanghai on 2026-03-16 is 23:00 UTC on 2026-03-15: the estate's day counts
        f.clock.advance(java.time.Duration.ofHours(-3));
        assertThat(f.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate()).isEqualTo(EstateFixture.TODAY.minusDays(1));
        assertThat(f.desk.perform(today.id(), new HandOverUnit.ComputeFees(null, null)).handoverDate()).isEqualTo(EstateFixture.TODAY);
    }

    private ApprovalId approved(HandoverView h, LocalDate date) {
        f.as("desk");
        ApprovalId id = f.approvals.request(new Approve.Request(f.estate, EstateApprovals.BACKDATED_HANDOVER.code(),
                h.id().toString(), "the owner took the keys on site last week", date.toString())).id();
        f.as("pm");
        f.approvals.approve(id, null);
        return id;
    }

    @Test
    @DisplayName("EST-04: a handover declined after its fees were charged reverses the charges and records the refund of what "
            + "was paid: a unit never taken over carries no charge")
    void a_declined_handover_leaves_no_charge() {
        HandoverView h = f.handOver("e14-1-0101", HandOverUnit.RecordPayment.class);
        f.as("desk");
        assertThatThrownBy(() -> f.desk.perform(h.id(), new HandOverUnit.RecordPayment(Fen.of(152_250), "R-0")))
                .isInstanceOf(io.steward.ports.shared.AccessDenied.class);
        f.as("cashier");
        f.desk.perform(h.id(), new HandOverUnit.RecordPayment(Fen.of(100_000), "R-1"));
        f.as("desk");
        f.desk.perform(h.id(), new HandOverUnit.Decline("the owner disputes the floor area"));
        var account = f.queries.feeAccount(f.unit("e14-1-0101"));
        assertThat(account.charged()).isEqualTo(Fen.ZERO);
        assertThat(account.arrears()).isEqualTo(Fen.ZERO);
        assertThat(account.credit()).isEqualTo(Fen.ZERO);
        assertThat(account.refundsDue()).isEqualTo(Fen.of(100_000));
        assertThat(account.lines()).extracting(FeeLine::kind).containsExactly(FeeEntryKind.CHARGE, FeeEntryKind.CHARGE,
                FeeEntryKind.PAYMENT, FeeEntryKind.CHARGE_REVERSAL, FeeEntryKind.CHARGE_REVERSAL, FeeEntryKind.REFUND_DUE);
        // the archive filled for the handover is closed, dated
        assertThat(f.queries.archivesOf(f.unit("e14-1-0101"))).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ArchiveStatus.NOT_TAKEN_OVER));
        // the cashier pays the refund out, once
        f.as("cashier");
        UUID due = account.lines().get(5).id();
        var paidOut = f.fees.payRefund(f.unit("e14-1-0101"), due, "RF-1");
        assertThat(paidOut.refundsDue()).isEqualTo(Fen.ZERO);
        assertThatThrownBy(() -> f.fees.payRefund(f.unit("e14-1-0101"), due, "RF-2"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("refund-paid-already"));
    }

    @Test
    @DisplayName("EST-04/DEP-02: an amount is computed exactly and rounded once on the period's total: 89.33 m² × CNY 2.51 × 6 "
            + "months = 134 530.98 fen → 134 531 fen (six rounded months would make 134 532)")
    void fees_are_rounded_once_on_the_period() {
        EstateFixture g = new EstateFixture();
        g.as("gm");
        g.registry.register(new RegisterEstate.Registration("ODD", "Odd Garden", "Asia/Shanghai", List.of(new FeeItem("MGMT",
                "物业管理费", FeeBasis.PER_SQUARE_METRE_MONTH, Fen.of(251), Set.of(), FeeCategory.MANAGEMENT, null)),
                EstatePolicy.DEFAULT));
        g.estate = g.memory.estates.findByCode("ODD").orElseThrow().id();
        g.layout.importLayout(new ImportLayout.Layout(g.estate, List.of(new BuildingSpec("e14", null, null, List.of("1"))),
                List.of(new UnitSpec(new UnitAddress(null, "e14", "1", 1, "0101"), UnitKind.RESIDENCE, Area.squareMetres("89.33"))),
                List.of()));
        g.onTheRoster("e14-1-0101");
        HandoverView h = g.handOver("e14-1-0101", HandOverUnit.RecordPayment.class);
        assertThat(h.feesDue()).isEqualTo(Fen.of(134_531));
    }

    @Test
    @DisplayName("EST-04: fees are computed from the handover date for half a year in advance from the fee schedule, and the period recorded")
    void fees_are_half_a_year_in_advance_from_the_schedule() {
        HandoverView h = f.handOver("e14-1-0101", HandOverUnit.RecordPayment.class);

        // MGMT: 89.50 m² × CNY 2.50 = CNY 223.75 a month; WASTE CNY 30 a month; six months
        assertThat(h.feesDue()).isEqualTo(Fen.of(6 * 22_375 + 6 * 3_000));
        assertThat(h.handoverDate()).isEqualTo(EstateFixture.TODAY);
        assertThat(h.prepaidThrough()).isEqualTo(LocalDate.of(2026, 9, 15));
        var account = f.queries.feeAccount(f.unit("e14-1-0101"));
        assertThat(account.arrears()).isEqualTo(Fen.of(152_250));
        assertThat(account.lines()).allSatisfy(l -> {
            assertThat(l.periodFrom()).isEqualTo(EstateFixture.TODAY);
            assertThat(l.periodTo()).isEqualTo(LocalDate.of(2026, 9, 15));
        });
    }

    @Test
    @DisplayName("EST-04: fees are collected by the cashier, never more than due; the step completes when paid in full")
    void fees_are_collected_in_full() {
        HandoverView h = f.handOver("e14-1-0101", HandOverUnit.RecordPayment.class);
        f.as("desk");
        assertThatThrownBy(() -> f.desk.perform(h.id(), new HandOverUnit.RecordPayment(Fen.of(152_250), "R-0")))
                .isInstanceOf(io.steward.ports.shared.AccessDenied.class);
        f.as("cashier");
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.RecordPayment(Fen.of(152_251), "R-9")), "payment-exceeds-fees-due");
        HandoverView part = f.desk.perform(h.id(), new HandOverUnit.RecordPayment(Fen.of(100_000), "R-1"));
        assertThat(part.stage()).isEqualTo(HandoverStage.FEES_COMPUTED);
        HandoverView full = f.desk.perform(h.id(), new HandOverUnit.RecordPayment(Fen.of(52_250), "R-2"));
        assertThat(full.stage()).isEqualTo(HandoverStage.FEES_PAID);
        assertThat(f.queries.feeAccount(f.unit("e14-1-0101")).arrears()).isEqualTo(Fen.ZERO);
    }

    @Test
    @DisplayName("EST-04: keys are handed over only against the owner's own signature")
    void keys_need_the_owner_signature() {
        HandoverView h = f.handOver("e14-1-0101", HandOverUnit.HandOverKeys.class);
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.HandOverKeys(2, true, true, List.of(), "王五")),
                "receipt-not-signed-by-owner");
    }

    @Test
    @DisplayName("EST-04: the owner handbook and the renovation handbook are handed over with the keys, each of them")
    void both_handbooks_are_handed_over() {
        HandoverView h = f.handOver("e14-1-0101", HandOverUnit.HandOverKeys.class);
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.HandOverKeys(2, false, true, List.of(), "张三")),
                "handbooks-not-handed");
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.HandOverKeys(2, true, false, List.of(), "张三")),
                "handbooks-not-handed");
        HandoverView done = f.desk.perform(h.id(), new HandOverUnit.HandOverKeys(2, true, true, List.of("parking card"), "张三"));
        assertThat(done.documentsHanded()).containsExactly("owner handbook", "renovation handbook", "parking card");
    }

    @Test
    @DisplayName("EST-04: defects of the joint inspection keep one key for rectification with consent, and are tracked to closure")
    void defects_are_tracked_to_closure() {
        HandoverView h = f.handOver("e14-1-0101", null);
        assertThat(h.rectificationKeyKept()).isTrue();
        assertThat(h.defects()).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(DefectStatus.OPEN));

        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.CloseDefect(1)), "defect-not-rectified");
        f.grant("engineer", Role.ENGINEER);
        f.as("engineer");
        f.desk.perform(h.id(), new HandOverUnit.RectifyDefect(1, "tile replaced"));
        HandoverView closed = f.desk.perform(h.id(), new HandOverUnit.CloseDefect(1));
        assertThat(closed.defects()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DefectStatus.CLOSED);
            assertThat(d.closedBy()).isEqualTo("engineer");
        });
        assertThat(f.queries.handoverSummary(f.estate, EstateFixture.TODAY, EstateFixture.TODAY).completed())
                .singleElement().satisfies(l -> assertThat(l.openDefects()).isZero());
    }

    @Test
    @DisplayName("EST-04: a unit not taken over is recorded with its reason, in the handover summary report")
    void not_taken_over_is_recorded_with_its_reason() {
        HandoverView h = f.handOver("e14-1-0101", HandOverUnit.ComputeFees.class);
        f.desk.perform(h.id(), new HandOverUnit.Decline("owner disputes the floor area"));
        assertThat(f.queries.feeAccount(f.unit("e14-1-0101")).lines()).as("declined before any fee: nothing to undo").isEmpty();

        assertThat(f.queries.unit(f.unit("e14-1-0101")).note()).isEqualTo("owner disputes the floor area");
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.NOT_TAKEN_OVER);
        var summary = f.queries.handoverSummary(f.estate, EstateFixture.TODAY, EstateFixture.TODAY);
        assertThat(summary.notTakenOver()).singleElement().satisfies(l -> assertThat(l.reason()).isEqualTo("owner disputes the floor area"));
        refusedFor(() -> f.desk.perform(h.id(), new HandOverUnit.Decline("again")), "handover-already-ended");
    }

    @Test
    @DisplayName("EST-04: a unit has at most one open handover, and none once taken over")
    void one_open_handover_per_unit() {
        f.handOver("e14-1-0101", HandOverUnit.CollectDocuments.class);
        assertThatThrownBy(() -> f.desk.start(f.unit("e14-1-0101"))).isInstanceOf(Refusal.class);
        EstateFixture g = new EstateFixture();
        g.registerEstate("HILL");
        g.importSmallLayout();
        g.handOver("e14-1-0101", null);
        g.as("desk");
        assertThatThrownBy(() -> g.desk.start(g.unit("e14-1-0101")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("unit-already-taken-over"));
    }

    @Test
    @DisplayName("EST-08: the owner's name is masked in every handover view")
    void handover_views_mask_the_owner() {
        HandoverView done = f.handOver("e14-1-0101", null);
        assertThat(done.ownerName()).isEqualTo("张*");
        assertThat(f.queries.handover(done.id()).ownerName()).isEqualTo("张*");
        assertThat(f.queries.handoversOf(f.unit("e14-1-0101"))).extracting(HandoverView::ownerName).containsOnly("张*");
    }
}
