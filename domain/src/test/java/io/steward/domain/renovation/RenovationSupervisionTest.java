package io.steward.domain.renovation;

import static io.steward.domain.renovation.RenovationApplicationTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.estate.DepositPolicy;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.Observation;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationRecords.FailedItem;
import io.steward.ports.renovation.RenovationRecords.Violation;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.in.BrowseRenovations.MissingRounds;
import io.steward.ports.renovation.in.SuperviseRenovation.Acceptance;
import io.steward.ports.renovation.in.SuperviseRenovation.Consent;
import io.steward.ports.renovation.in.SuperviseRenovation.FilePenalty;
import io.steward.ports.renovation.in.SuperviseRenovation.HotWork;
import io.steward.ports.renovation.in.SuperviseRenovation.Notice;
import io.steward.ports.renovation.in.SuperviseRenovation.Round;
import io.steward.ports.renovation.in.SuperviseRenovation.Warning;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Works in progress and their acceptance: REN-08, REN-09, REN-10, DEP-03, EST-02. */
class RenovationSupervisionTest {
    private final RenovationFixture r = new RenovationFixture();

    private static Round round(Department d, Observation... seen) {
        return new Round(d, Set.of(seen), null);
    }

    private Notice notice(Fen penalty) {
        Instant now = r.f.clock.instant();
        return new Notice("security bars fitted on the balcony", now.minusSeconds(600), now.minusSeconds(300), true, true,
                penalty);
    }

    @Test
    void REN_08_each_department_records_one_round_a_day_by_a_person_holding_its_role() {
        RenovationId id = r.inWorks().id();
        r.f.as("desk");
        r.supervise.round(id, round(Department.CUSTOMER_SERVICE));
        refused(() -> r.supervise.round(id, round(Department.CUSTOMER_SERVICE)), "REN-08", "round-recorded-already");
        assertThatThrownBy(() -> r.supervise.round(id, round(Department.SECURITY))).isInstanceOf(AccessDenied.class);
        r.f.as("guard");
        r.supervise.round(id, round(Department.SECURITY));
        r.f.as("eng");
        RenovationView v = r.supervise.round(id, round(Department.ENGINEERING));

        assertThat(v.rounds()).extracting(o -> o.department() + " " + o.by() + " " + o.day()).containsExactly(
                "CUSTOMER_SERVICE desk 2026-03-16", "SECURITY guard 2026-03-16", "ENGINEERING eng 2026-03-16");
        r.f.clock.advance(Duration.ofDays(1));
        r.f.as("desk");
        assertThat(r.supervise.round(id, round(Department.CUSTOMER_SERVICE)).rounds()).hasSize(4); // a new day
    }

    @Test
    void REN_08_a_day_without_a_departments_round_is_visible() {
        RenovationId id = r.inWorks().id();
        r.f.as("desk");
        r.supervise.round(id, round(Department.CUSTOMER_SERVICE));
        r.f.as("guard");
        r.supervise.round(id, round(Department.SECURITY));

        List<MissingRounds> today = r.browse.missingRounds(r.f.estate, EstateFixture.TODAY);
        assertThat(today).singleElement().satisfies(m -> {
            assertThat(m.renovation()).isEqualTo(id);
            assertThat(m.missing()).containsExactly(Department.ENGINEERING);
        });
        r.f.clock.advance(Duration.ofDays(1));
        assertThat(r.browse.missingRounds(r.f.estate, EstateFixture.TODAY.plusDays(1))).singleElement()
                .satisfies(m -> assertThat(m.missing()).containsExactlyInAnyOrder(Department.values()));
        // the day before the works began misses nothing
        assertThat(r.browse.missingRounds(r.f.estate, EstateFixture.TODAY.minusDays(1))).isEmpty();
    }

    @Test
    void REN_08_hot_work_seen_without_a_hot_work_permit_is_a_finding_and_with_one_is_not() {
        RenovationId id = r.inWorks().id();
        r.f.as("guard");
        RenovationView seen = r.supervise.round(id, round(Department.SECURITY, Observation.HOT_WORK));
        assertThat(seen.rounds().get(0).uncovered()).containsExactly(Observation.HOT_WORK);

        Instant now = r.f.clock.instant();
        r.f.as("eng");
        RenovationView permitted = r.supervise.permitHotWork(id, new HotWork(now, now.plus(Duration.ofHours(4)), "kitchen"));
        assertThat(permitted.hotWorks()).singleElement().satisfies(p -> assertThat(p.by()).isEqualTo("eng"));
        RenovationView covered = r.supervise.round(id, round(Department.ENGINEERING, Observation.HOT_WORK));
        assertThat(covered.rounds().get(1).uncovered()).isEmpty();
        // the permit ran out
        r.f.clock.advance(Duration.ofDays(1));
        r.f.as("guard");
        assertThat(r.supervise.round(id, round(Department.SECURITY, Observation.HOT_WORK)).rounds().get(2).uncovered())
                .containsExactly(Observation.HOT_WORK);
    }

    @Test
    void REN_08_gas_cylinders_and_welding_gear_need_written_consent_each() {
        RenovationId id = r.inWorks().id();
        r.f.as("guard");
        r.supervise.consent(id, new Consent(Observation.GAS_CYLINDERS, EstateFixture.TODAY, "two cylinders, balcony"));
        RenovationView v = r.supervise.round(id, round(Department.SECURITY, Observation.GAS_CYLINDERS,
                Observation.WELDING_GEAR));
        assertThat(v.rounds().get(0).uncovered()).containsExactly(Observation.WELDING_GEAR);
        assertThatThrownBy(() -> new Consent(Observation.HOT_WORK, EstateFixture.TODAY, null))
                .hasMessageContaining("hot work needs its permit");
        r.f.as("desk");
        assertThatThrownBy(() -> r.supervise.consent(id, new Consent(Observation.WELDING_GEAR, EstateFixture.TODAY, null)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void REN_08_no_rounds_before_the_works_begin() {
        RenovationId id = r.paid(1).id();
        r.f.as("desk");
        refused(() -> r.supervise.round(id, round(Department.CUSTOMER_SERVICE)), "REN-08", "renovation-step-out-of-order");
    }

    @Test
    void REN_09_a_minor_violation_is_a_recorded_verbal_warning() {
        RenovationId id = r.inWorks().id();
        r.f.as("desk");
        Violation v = r.supervise.warn(id, new Warning("noise after 18:00", "the foreman")).violations().get(0);
        assertThat(v.serious()).isFalse();
        assertThat(v.warned()).isEqualTo("t**********"); // whoever was warned: a name, masked without the grant
        assertThat(v.copies()).isZero();
    }

    @Test
    void REN_09_the_owner_is_phoned_before_the_contractor() {
        RenovationId id = r.inWorks().id();
        Instant now = r.f.clock.instant();
        r.f.as("guard");
        refused(() -> r.supervise.notice(id, new Notice("bars", now.minusSeconds(60), now.minusSeconds(120), true, true,
                null)), "REN-09", "owner-phoned-first");
        assertThat(r.supervise.notice(id, new Notice("bars", now.minusSeconds(120), now.minusSeconds(120), true, true, null))
                .violations()).singleElement().satisfies(v -> assertThat(v.copies()).isEqualTo(3));
    }

    @Test
    void REN_09_both_the_owner_and_the_contractor_sign_for_the_notice() {
        RenovationId id = r.inWorks().id();
        Instant now = r.f.clock.instant();
        r.f.as("guard");
        refused(() -> r.supervise.notice(id, new Notice("bars", now.minusSeconds(120), now, false, true, null)), "REN-09",
                "notice-not-signed");
        refused(() -> r.supervise.notice(id, new Notice("bars", now.minusSeconds(120), now, true, false, null)), "REN-09",
                "notice-not-signed");
        assertThat(r.browse.renovation(id).violations()).isEmpty();
    }

    @Test
    void REN_09_DEP_01_a_penalty_is_written_only_where_the_estates_policy_allows_penalties() {
        RenovationFixture noPenalties = new RenovationFixture(new DepositPolicy(true, false, RenovationFixture.DEPOSIT,
                Fen.yuan(50)), RenovationFixture.RULES);
        RenovationId id = noPenalties.inWorks().id();
        Instant now = noPenalties.f.clock.instant();
        noPenalties.f.as("guard");
        refused(() -> noPenalties.supervise.notice(id, new Notice("bars", now.minusSeconds(120), now, true, true,
                Fen.yuan(500))), "REN-09", "penalties-not-allowed");
        // the notice itself stands without one
        assertThat(noPenalties.supervise.notice(id, new Notice("bars", now.minusSeconds(120), now, true, true, null))
                .violations()).hasSize(1);
    }

    @Test
    void REN_09_DEP_03_the_penalty_is_held_against_the_deposit_on_the_project_managers_approval_of_its_amount() {
        RenovationView w = r.inWorks();
        r.f.as("guard");
        r.supervise.notice(w.id(), notice(Fen.yuan(500)));
        ApprovalId approval = r.penaltyApproved(w, Fen.yuan(500));
        r.f.as("cashier");
        PostingId hold = PostingId.newId();
        RenovationView v = r.supervise.filePenalty(w.id(), 1, new FilePenalty(approval, hold));

        assertThat(v.violations().get(0).approval()).isEqualTo(approval);
        assertThat(v.violations().get(0).approvedBy()).isEqualTo("pm");
        assertThat(v.violations().get(0).hold()).isEqualTo(hold);
        DepositView d = r.f.steward.keepDeposits().deposit(w.fees().deposit());
        assertThat(d.withheld()).isEqualTo(Fen.yuan(500));
        assertThat(r.f.steward.keepDeposits().postings(d.id(), PageRequest.first(10)).items())
                .anySatisfy(p -> assertThat(p.kind()).isEqualTo(PostingKind.PENDING));
        // the same filing again is the same; another filing of the same notice is refused
        assertThat(r.supervise.filePenalty(w.id(), 1, new FilePenalty(approval, hold)).version()).isEqualTo(v.version());
        refused(() -> r.supervise.filePenalty(w.id(), 1, new FilePenalty(approval, PostingId.newId())), "REN-09",
                "penalty-filed-already");
    }

    @Test
    void REN_09_an_approval_of_another_amount_files_no_penalty() {
        RenovationView w = r.inWorks();
        r.f.as("guard");
        r.supervise.notice(w.id(), notice(Fen.yuan(500)));
        ApprovalId approval = r.penaltyApproved(w, Fen.yuan(400));
        r.f.as("cashier");
        assertThatThrownBy(() -> r.supervise.filePenalty(w.id(), 1, new FilePenalty(approval, PostingId.newId())))
                .isInstanceOf(io.steward.ports.shared.Refusal.class);
        assertThat(r.f.steward.keepDeposits().deposit(w.fees().deposit()).withheld()).isEqualTo(Fen.ZERO);
        assertThat(r.browse.renovation(w.id()).violations().get(0).hold()).isNull();
    }

    @Test
    void REN_09_a_notice_without_a_penalty_has_none_to_file() {
        RenovationView w = r.inWorks();
        r.f.as("guard");
        r.supervise.notice(w.id(), notice(null));
        r.supervise.warn(w.id(), new Warning("noise", "foreman"));
        ApprovalId approval = r.penaltyApproved(w, Fen.yuan(500));
        r.f.as("cashier");
        refused(() -> r.supervise.filePenalty(w.id(), 1, new FilePenalty(approval, PostingId.newId())), "REN-09",
                "no-penalty-on-the-notice");
        refused(() -> r.supervise.filePenalty(w.id(), 2, new FilePenalty(approval, PostingId.newId())), "REN-09",
                "no-penalty-on-the-notice");
    }

    @Test
    void REN_10_acceptance_is_checked_on_the_owners_request_by_engineering_and_security() {
        RenovationId id = r.inWorks().id();
        r.f.as("eng");
        refused(() -> r.supervise.accept(id, new Acceptance(Department.ENGINEERING, null)), "REN-10",
                "acceptance-not-requested");
        r.f.as("desk");
        r.supervise.requestAcceptance(id, null);
        refused(() -> r.supervise.accept(id, new Acceptance(Department.CUSTOMER_SERVICE, null)), "REN-10",
                "not-the-department");
        r.f.as("eng");
        RenovationView one = r.supervise.accept(id, new Acceptance(Department.ENGINEERING, null));
        assertThat(one.status()).isEqualTo(RenovationStatus.IN_WORKS); // security has not checked yet
        refused(() -> r.supervise.accept(id, new Acceptance(Department.ENGINEERING, null)), "REN-10", "checked-already");
        assertThatThrownBy(() -> r.supervise.accept(id, new Acceptance(Department.SECURITY, null)))
                .isInstanceOf(AccessDenied.class);

        r.f.as("guard");
        RenovationView both = r.supervise.accept(id, new Acceptance(Department.SECURITY, null));
        assertThat(both.status()).isEqualTo(RenovationStatus.COMPLETED);
        assertThat(both.completion().acceptedOn()).isEqualTo(EstateFixture.TODAY);
        assertThat(both.completion().refundDueOn()).isEqualTo(EstateFixture.TODAY.plusMonths(3));
    }

    @Test
    void REN_10_failed_items_are_recorded_with_the_fix_explained_and_the_owner_asks_again() {
        RenovationId id = r.inWorks().id();
        r.f.as("desk");
        r.supervise.requestAcceptance(id, null);
        r.f.as("eng");
        refused(() -> r.supervise.accept(id, new Acceptance(Department.ENGINEERING, List.of(new FailedItem("sealant", null)))),
                "REN-10", "failed-item-without-fix");
        RenovationView failed = r.supervise.accept(id, new Acceptance(Department.ENGINEERING,
                List.of(new FailedItem("bathroom sealant", "reseal and let cure 24 h"))));
        assertThat(failed.status()).isEqualTo(RenovationStatus.IN_WORKS);
        assertThat(failed.completion().checks().get(0).failed()).singleElement()
                .satisfies(i -> assertThat(i.fix()).isEqualTo("reseal and let cure 24 h"));
        r.f.as("guard");
        refused(() -> r.supervise.accept(id, new Acceptance(Department.SECURITY, null)), "REN-10", "acceptance-not-requested");

        r.f.as("desk");
        r.supervise.requestAcceptance(id, "resealed");
        r.f.as("eng");
        r.supervise.accept(id, new Acceptance(Department.ENGINEERING, null));
        r.f.as("guard");
        assertThat(r.supervise.accept(id, new Acceptance(Department.SECURITY, null)).status())
                .isEqualTo(RenovationStatus.COMPLETED);
    }

    @Test
    void REN_10_EST_02_acceptance_returns_the_unit_to_the_status_it_had_before_the_works() {
        RenovationView v = r.accepted();
        r.f.as("desk");
        assertThat(r.f.queries.unit(r.unit).occupancy()).isEqualTo(Occupancy.VACANT);
        assertThat(v.timeline().get(v.timeline().size() - 1).step()).isEqualTo("accepted");
        // with the unit's renovation accepted, a new application may follow its settlement only
        refused(() -> r.desk.apply(r.unit, RenovationFixture.application(Set.of(), false)), "REN-01", "renovation-active");
    }

    @Test
    void DEP_04_the_refund_is_due_three_calendar_months_after_the_acceptance_day_in_the_estates_time_zone() {
        // accepted at 01:00 on 1 December in Shanghai, which is still 30 November in UTC
        Instant accepting = java.time.LocalDateTime.of(2026, 12, 1, 1, 0).atZone(EstateFixture.SHANGHAI).toInstant();
        RenovationId id = r.inWorks().id();
        r.f.clock.advance(Duration.between(EstateFixture.NOW, accepting));
        RenovationView v = r.accept(id);

        assertThat(v.completion().acceptedOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        assertThat(v.completion().refundDueOn()).isEqualTo(java.time.LocalDate.of(2027, 3, 1));
    }
}
