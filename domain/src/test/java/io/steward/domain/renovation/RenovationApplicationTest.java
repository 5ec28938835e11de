package io.steward.domain.renovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.estate.DepositPolicy;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.RenovationRules;
import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationParty;
import io.steward.ports.renovation.RenovationRecords.Contractor;
import io.steward.ports.renovation.RenovationRecords.FeeLine;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.WorkTouch;
import io.steward.ports.renovation.in.ApplyForRenovation.Agree;
import io.steward.ports.renovation.in.ApplyForRenovation.Apply;
import io.steward.ports.renovation.in.ApplyForRenovation.Entry;
import io.steward.ports.renovation.in.ApplyForRenovation.FeeQuote;
import io.steward.ports.renovation.in.ApplyForRenovation.PayFees;
import io.steward.ports.renovation.in.ApplyForRenovation.Sign;
import io.steward.ports.renovation.in.ApplyForRenovation.Worker;
import io.steward.ports.renovation.in.BrowseRenovations.ApprovalDue;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A renovation from its application to the start of works: REN-01 … REN-07, DEP-01, DEP-02, EST-02. */
class RenovationApplicationTest {
    private final RenovationFixture r = new RenovationFixture();

    static void refused(ThrowingCallable call, String rule, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, x -> {
            assertThat(x.code()).isEqualTo(code);
            assertThat(x.ruleId()).isEqualTo(rule);
        });
    }

    private static Apply with(Contractor c) {
        return new Apply(false, null, null, null, true, true, false, "floors", Set.of(), "DRW-1", c);
    }

    private static Contractor contractor(LocalDate licence, LocalDate qualification, LocalDate id) {
        Contractor c = RenovationFixture.CONTRACTOR;
        return new Contractor(c.name(), c.licenceNumber(), licence, c.qualificationNumber(), qualification,
                c.representative(), c.representativeIdNumber(), id, c.phone());
    }

    @Test
    void REN_01_the_owner_applies_named_by_the_archive_and_the_approval_is_due_one_working_day_later() {
        RenovationView v = r.applied();

        assertThat(v.status()).isEqualTo(RenovationStatus.APPLIED);
        assertThat(v.application().byProxy()).isFalse();
        assertThat(v.application().applicantName()).isEqualTo("张*"); // the owner on file, masked without the grant
        assertThat(v.application().contractor().representativeIdNumber()).isEqualTo("440***********1234");
        // Monday 16 March 10:00 → the close of service (18:00) of Tuesday 17 March
        assertThat(v.review().due()).isEqualTo(LocalDateTime.of(2026, 3, 17, 18, 0).atZone(EstateFixture.SHANGHAI).toInstant());
        assertThat(v.timeline()).singleElement().satisfies(s -> {
            assertThat(s.step()).isEqualTo("applied");
            assertThat(s.rule()).isEqualTo("REN-01");
            assertThat(s.by()).isEqualTo("desk");
        });
    }

    @Test
    void REN_01_both_the_application_and_the_commitment_letter_are_signed_by_the_owner() {
        r.f.as("desk");
        refused(() -> r.desk.apply(r.unit, new Apply(false, null, null, null, false, true, false, "floors", Set.of(), "D",
                RenovationFixture.CONTRACTOR)), "REN-01", "not-signed-by-the-owner");
        refused(() -> r.desk.apply(r.unit, new Apply(false, null, null, null, true, false, false, "floors", Set.of(), "D",
                RenovationFixture.CONTRACTOR)), "REN-01", "not-signed-by-the-owner");
        assertThat(r.browse.ofEstate(r.f.estate, null)).isEmpty();
    }

    @Test
    void REN_01_a_proxy_applies_only_with_a_power_of_attorney() {
        r.f.as("desk");
        refused(() -> r.desk.apply(r.unit, new Apply(true, "王五", "13500135000", null, true, true, false, "floors",
                Set.of(), "D", RenovationFixture.CONTRACTOR)), "REN-01", "power-of-attorney-missing");

        RenovationView v = r.desk.apply(r.unit, new Apply(true, "王五", "13500135000", "POA-7", true, true, false, "floors",
                Set.of(), "D", RenovationFixture.CONTRACTOR));
        assertThat(v.application().byProxy()).isTrue();
        assertThat(v.application().powerOfAttorney()).isEqualTo("POA-7");
        assertThat(v.application().applicantName()).isEqualTo("王*");
    }

    @Test
    void REN_01_the_drawings_come_with_the_application() {
        r.f.as("desk");
        refused(() -> r.desk.apply(r.unit, new Apply(false, null, null, null, true, true, false, "floors", Set.of(), null,
                RenovationFixture.CONTRACTOR)), "REN-01", "drawings-missing");
    }

    @Test
    void REN_01_the_licence_the_qualification_and_the_representatives_ID_are_each_valid_today() {
        LocalDate yesterday = EstateFixture.TODAY.minusDays(1);
        LocalDate later = EstateFixture.TODAY.plusYears(1);
        r.f.as("desk");
        refused(() -> r.desk.apply(r.unit, with(contractor(yesterday, later, later))), "REN-01", "document-invalid");
        refused(() -> r.desk.apply(r.unit, with(contractor(later, yesterday, later))), "REN-01", "document-invalid");
        refused(() -> r.desk.apply(r.unit, with(contractor(later, later, yesterday))), "REN-01", "document-invalid");
        // valid through today is valid
        assertThat(r.desk.apply(r.unit, with(contractor(EstateFixture.TODAY, later, later))).status())
                .isEqualTo(RenovationStatus.APPLIED);
    }

    @Test
    void REN_01_a_unit_not_handed_over_to_an_owner_has_no_renovation() {
        r.f.as("desk");
        refused(() -> r.desk.apply(r.f.unit("e14-1-0102"), RenovationFixture.application(Set.of(), false)), "REN-01",
                "unit-not-handed-over");
    }

    @Test
    void REN_01_one_active_renovation_per_unit_until_it_ends() {
        RenovationView first = r.applied();
        refused(() -> r.desk.apply(r.unit, RenovationFixture.application(Set.of(), false)), "REN-01", "renovation-active");

        r.desk.withdraw(first.id(), "the owner postponed");
        assertThat(r.desk.apply(r.unit, RenovationFixture.application(Set.of(), false)).status())
                .isEqualTo(RenovationStatus.APPLIED);
    }

    @Test
    void REN_01_only_the_desk_files_an_application() {
        r.f.as("cashier");
        assertThatThrownBy(() -> r.desk.apply(r.unit, RenovationFixture.application(Set.of(), false)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void REN_02_customer_service_and_engineering_both_sign_and_then_it_is_approved() {
        RenovationId id = r.applied().id();
        r.f.as("cs");
        RenovationView one = r.desk.sign(id, new Sign(Department.CUSTOMER_SERVICE, null));
        assertThat(one.status()).isEqualTo(RenovationStatus.APPLIED);

        r.f.as("eng");
        RenovationView both = r.desk.sign(id, new Sign(Department.ENGINEERING, "ok"));
        assertThat(both.status()).isEqualTo(RenovationStatus.APPROVED);
        assertThat(both.review().signatures()).extracting(s -> s.department() + " " + s.by())
                .containsExactly("CUSTOMER_SERVICE cs", "ENGINEERING eng");
        // the owner is told of the decision (通知客户), once
        assertThat(r.f.memory.events.published(io.steward.ports.renovation.RenovationEvents.Decided.class))
                .singleElement().satisfies(e -> assertThat(e.approved()).isTrue());
    }

    @Test
    void REN_02_whoever_filed_the_application_does_not_sign_its_approval() {
        RenovationId id = r.applied().id(); // filed by desk, who holds customer service's role
        r.f.as("desk");
        refused(() -> r.desk.sign(id, new Sign(Department.CUSTOMER_SERVICE, null)), "REN-02", "one-person-two-signatures");
        assertThat(r.browse.renovation(id).review().signatures()).isEmpty();
    }

    @Test
    void REN_02_a_signature_is_the_act_of_a_person_holding_the_departments_role() {
        RenovationId id = r.applied().id();
        r.f.as("eng");
        assertThatThrownBy(() -> r.desk.sign(id, new Sign(Department.CUSTOMER_SERVICE, null)))
                .isInstanceOf(AccessDenied.class);
        r.f.as("guard");
        refused(() -> r.desk.sign(id, new Sign(Department.SECURITY, null)), "REN-02", "not-the-department");
    }

    @Test
    void REN_02_one_person_does_not_sign_for_both_departments_nor_a_department_twice() {
        RenovationId id = r.applied().id();
        r.f.grant("both", Role.FRONT_DESK, Role.ENGINEER);
        r.f.as("both");
        r.desk.sign(id, new Sign(Department.CUSTOMER_SERVICE, null));
        refused(() -> r.desk.sign(id, new Sign(Department.ENGINEERING, null)), "REN-02", "one-person-two-signatures");
        r.f.as("cs");
        refused(() -> r.desk.sign(id, new Sign(Department.CUSTOMER_SERVICE, null)), "REN-02", "signed-already");
    }

    @Test
    void REN_02_the_due_time_skips_the_national_day_holidays_on_the_business_calendar() {
        // Wednesday 30 September 2026, 10:00: 1–7 October are 国庆节; Thursday 8 October is the next working day
        ZonedDateTime applied = LocalDateTime.of(2026, 9, 30, 10, 0).atZone(EstateFixture.SHANGHAI);
        r.f.clock.advance(Duration.between(EstateFixture.NOW, applied.toInstant()));
        RenovationView v = r.applied();

        assertThat(v.review().due()).isEqualTo(LocalDateTime.of(2026, 10, 8, 18, 0).atZone(EstateFixture.SHANGHAI).toInstant());
        assertThat(v.review().explanation()).anyMatch(line -> line.contains("2026-10-01") && line.contains("rest day"));
    }

    @Test
    void REN_02_an_approval_waiting_shows_its_due_time_before_and_is_flagged_overdue_after_it() {
        RenovationView v = r.applied();
        r.f.as("desk");
        ApprovalDue waiting = r.browse.awaitingApproval(r.f.estate).get(0);
        assertThat(waiting.due()).isEqualTo(v.review().due());
        assertThat(waiting.overdue()).isFalse();
        assertThat(waiting.dueWithinHours()).isEqualTo(32); // Monday 10:00 → Tuesday 18:00

        r.f.clock.advance(Duration.ofHours(33));
        assertThat(r.browse.awaitingApproval(r.f.estate).get(0).overdue()).isTrue();
        assertThat(r.browse.renovation(v.id()).approvalOverdue()).isTrue();
    }

    @Test
    void REN_02_a_rejected_application_ends_and_frees_the_unit() {
        RenovationId id = r.applied().id();
        r.f.as("eng");
        assertThat(r.desk.reject(id, "structural wall removal").status()).isEqualTo(RenovationStatus.REJECTED);
        r.f.as("cs");
        refused(() -> r.desk.sign(id, new Sign(Department.CUSTOMER_SERVICE, null)), "REN-02", "renovation-step-out-of-order");
        r.f.as("desk");
        assertThat(r.desk.apply(r.unit, RenovationFixture.application(Set.of(), false)).status())
                .isEqualTo(RenovationStatus.APPLIED);
    }

    @Test
    void REN_03_works_touching_gas_are_agreed_only_after_the_government_guide_is_handed_over() {
        r.f.as("desk");
        RenovationId id = r.desk.apply(r.unit, RenovationFixture.application(Set.of(WorkTouch.GAS), false)).id();
        assertThat(r.browse.renovation(id).review().guideRequired()).isTrue();
        r.f.as("cs");
        r.desk.sign(id, new Sign(Department.CUSTOMER_SERVICE, null));
        r.f.as("eng");
        r.desk.sign(id, new Sign(Department.ENGINEERING, null));
        r.f.as("desk");
        refused(() -> r.desk.agree(id, new Agree(true, RenovationParty.OWNER, "张三", true)), "REN-03", "guide-not-handed-over");

        RenovationView guided = r.desk.handOverGuide(id, "gas company's address and phone given");
        assertThat(guided.review().guideHandedOverBy()).isEqualTo("desk");
        assertThat(r.desk.agree(id, new Agree(true, RenovationParty.OWNER, "张三", true)).status())
                .isEqualTo(RenovationStatus.AGREED);
    }

    @Test
    void REN_03_works_that_need_no_government_approval_have_no_guide_to_hand_over() {
        RenovationId id = r.approved().id();
        r.f.as("desk");
        refused(() -> r.desk.handOverGuide(id, null), "REN-03", "no-government-works");
    }

    @Test
    void REN_04_the_owner_confirms_and_hears_the_prohibitions_before_the_agreement_stands() {
        RenovationId id = r.approved().id();
        r.f.as("desk");
        refused(() -> r.desk.agree(id, new Agree(false, RenovationParty.OWNER, "张三", true)), "REN-04", "owner-not-confirmed");
        refused(() -> r.desk.agree(id, new Agree(true, RenovationParty.OWNER, "张三", false)), "REN-04",
                "prohibitions-not-explained");

        RenovationView v = r.desk.agree(id, new Agree(true, RenovationParty.OWNER, "张三", true));
        assertThat(v.agreement().prohibitions()).isEqualTo(RenovationRules.SEED_PROHIBITIONS);
        assertThat(v.agreement().workingHours()).isEqualTo("08:00–12:00, 14:00–18:00");
        assertThat(v.agreement().movingHours()).isEqualTo("08:00–20:00");
    }

    @Test
    void REN_04_the_contractor_signs_the_agreement_only_where_the_commitment_letter_delegates_it() {
        r.f.as("desk");
        RenovationId id = r.desk.apply(r.unit, RenovationFixture.application(Set.of(), false)).id();
        r.f.as("cs");
        r.desk.sign(id, new Sign(Department.CUSTOMER_SERVICE, null));
        r.f.as("eng");
        r.desk.sign(id, new Sign(Department.ENGINEERING, null));
        r.f.as("desk");
        refused(() -> r.desk.agree(id, new Agree(true, RenovationParty.CONTRACTOR, "李四", true)), "REN-04",
                "agreement-not-delegated");
        assertThat(r.desk.agree(id, new Agree(true, RenovationParty.OWNER, "张三", true)).status())
                .isEqualTo(RenovationStatus.AGREED);

        RenovationFixture delegated = new RenovationFixture();
        assertThat(delegated.approved().status()).isEqualTo(RenovationStatus.APPROVED); // applied with the delegation
        delegated.f.as("desk");
        RenovationId other = delegated.browse.ofEstate(delegated.f.estate, null).get(0).id();
        assertThat(delegated.desk.agree(other, new Agree(true, RenovationParty.CONTRACTOR, "李四", true)).agreement()
                .signedBy()).isEqualTo(RenovationParty.CONTRACTOR);
    }

    @Test
    void REN_04_no_agreement_before_the_approval() {
        RenovationId id = r.applied().id();
        r.f.as("desk");
        refused(() -> r.desk.agree(id, new Agree(true, RenovationParty.OWNER, "张三", true)), "REN-04",
                "renovation-step-out-of-order");
    }

    @Test
    void REN_05_DEP_02_the_cashier_charges_what_the_schedule_gives_deposit_debris_by_area_and_passes() {
        RenovationId id = r.agreed().id();
        r.f.as("cashier");
        FeeQuote q = r.desk.quote(id, 2);

        assertThat(q.lines()).extracting(FeeLine::code, FeeLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DEPOSIT", Fen.yuan(3_000)),
                org.assertj.core.groups.Tuple.tuple("DEBRIS", Fen.of(134_250)), // 89.50 m² × CNY 15
                org.assertj.core.groups.Tuple.tuple("PASSES", Fen.yuan(20)));
        assertThat(q.total()).isEqualTo(Fen.of(300_000 + 134_250 + 2_000));
    }

    @Test
    void REN_05_a_payment_that_is_not_the_quoted_total_is_refused_and_collects_nothing() {
        RenovationId id = r.agreed().id();
        r.f.as("cashier");
        Fen total = r.desk.quote(id, 2).total();
        refused(() -> r.desk.payFees(id, new PayFees(PostingId.newId(), 2, total.plus(Fen.of(1)), HolderKind.OWNER, "R-1")),
                "REN-05", "fees-not-as-quoted");
        assertThat(r.f.steward.keepDeposits().ofEstate(r.f.estate, null, PageRequest.first(10)).items()).isEmpty();
        assertThat(r.browse.renovation(id).status()).isEqualTo(RenovationStatus.AGREED);
    }

    @Test
    void DEP_01_the_renovation_deposit_is_collected_with_the_fees_into_the_ledger_for_its_holder() {
        RenovationId id = r.agreed().id();
        r.f.as("cashier");
        Fen total = r.desk.quote(id, 2).total();
        PostingId posting = PostingId.newId();
        RenovationView v = r.desk.payFees(id, new PayFees(posting, 2, total, HolderKind.CONTRACTOR, "R-0009"));

        assertThat(v.status()).isEqualTo(RenovationStatus.FEES_PAID);
        DepositView d = r.f.steward.keepDeposits().deposit(v.fees().deposit());
        assertThat(d.purpose()).isEqualTo(DepositPurpose.RENOVATION);
        assertThat(d.holderKind()).isEqualTo(HolderKind.CONTRACTOR);
        assertThat(d.held()).isEqualTo(RenovationFixture.DEPOSIT);
        assertThat(d.subject()).isEqualTo(id.toString());
        // the same payment again is the same payment
        assertThat(r.desk.payFees(id, new PayFees(posting, 2, total, HolderKind.CONTRACTOR, "R-0009")).fees().deposit())
                .isEqualTo(d.id());
        assertThat(r.f.steward.keepDeposits().ofEstate(r.f.estate, null, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void DEP_01_where_local_rules_forbid_deposits_the_fees_collect_none() {
        RenovationFixture none = new RenovationFixture(new DepositPolicy(false, false, Fen.ZERO, Fen.yuan(50)),
                RenovationFixture.RULES);
        RenovationView v = none.paid(1);

        assertThat(v.fees().lines()).extracting(FeeLine::code).containsExactly("DEBRIS", "PASSES");
        assertThat(v.fees().deposit()).isNull();
        assertThat(none.f.steward.keepDeposits().ofEstate(none.f.estate, null, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void REN_06_the_site_permit_carries_the_estates_service_phone() {
        RenovationId id = r.paid(2).id();
        r.f.as("desk");
        RenovationView v = r.desk.issuePermit(id, "SP-001");
        assertThat(v.permit().servicePhone()).isEqualTo("0755-8888 6666");
        assertThat(v.status()).isEqualTo(RenovationStatus.PERMITTED);

        RenovationFixture noPhone = new RenovationFixture(new DepositPolicy(true, true, RenovationFixture.DEPOSIT,
                Fen.yuan(50)), new RenovationRules(Fen.yuan(15), Fen.yuan(10), null, "08:00–18:00", "08:00–20:00", null));
        RenovationId other = noPhone.paid(1).id();
        noPhone.f.as("desk");
        refused(() -> noPhone.desk.issuePermit(other, "SP-002"), "REN-06", "no-service-phone");
    }

    @Test
    void REN_06_worker_passes_are_registered_up_to_those_paid_for_each_number_once() {
        RenovationId id = r.paid(2).id();
        r.f.as("desk");
        refused(() -> r.desk.registerWorker(id, new Worker("W-1", "王五", "440301199001011234")), "REN-06",
                "renovation-step-out-of-order"); // before the permit
        r.desk.issuePermit(id, "SP-001");
        r.desk.registerWorker(id, new Worker("W-1", "王五", "440301199001011234"));
        refused(() -> r.desk.registerWorker(id, new Worker("W-1", "赵六", "440301199101011234")), "REN-06", "pass-number-taken");
        RenovationView two = r.desk.registerWorker(id, new Worker("W-2", "赵六", "440301199101011234"));
        refused(() -> r.desk.registerWorker(id, new Worker("W-3", "钱七", "440301199201011234")), "REN-06", "passes-exhausted");

        assertThat(two.workers()).extracting(w -> w.passNumber() + " " + w.name() + " " + w.idNumber())
                .containsExactly("W-1 王* 440***********1234", "W-2 赵* 440***********1234");
    }

    @Test
    void REN_07_EST_02_the_entry_inspection_starts_the_works_and_the_unit_becomes_renovating_through_its_process() {
        RenovationView v = r.inWorks();

        assertThat(v.status()).isEqualTo(RenovationStatus.IN_WORKS);
        assertThat(v.entry().witness()).isEqualTo(RenovationParty.CONTRACTOR);
        assertThat(v.entry().occupancyBefore()).isEqualTo(Occupancy.VACANT);
        r.f.as("desk");
        assertThat(r.f.queries.unit(r.unit).occupancy()).isEqualTo(Occupancy.RENOVATING);
        assertThat(r.f.memory.history.ofUnit(r.unit, PageRequest.first(1)).items()).singleElement().satisfies(c -> {
            assertThat(c.cause()).isEqualTo(OccupancyCause.RENOVATION);
            assertThat(c.reference()).isEqualTo("renovation " + v.id());
        });
    }

    @Test
    void REN_07_no_entry_before_the_site_permit() {
        RenovationId id = r.paid(2).id();
        r.f.as("eng");
        refused(() -> r.desk.inspectEntry(id, new Entry(RenovationParty.OWNER, "张三", null)), "REN-07",
                "renovation-step-out-of-order");
        r.f.as("desk");
        assertThat(r.f.queries.unit(r.unit).occupancy()).isEqualTo(Occupancy.VACANT);
    }

    @Test
    void REN_the_timeline_names_every_step_who_and_when_in_order() {
        RenovationView v = r.inWorks();
        assertThat(v.timeline()).extracting(s -> s.step() + " " + s.rule() + " " + s.by()).containsExactly(
                "applied REN-01 desk", "signed REN-02 cs", "approved REN-02 eng", "agreed REN-04 desk",
                "fees paid REN-05 cashier", "permit issued REN-06 desk", "entry inspection REN-07 eng");
        assertThat(v.timeline()).allSatisfy(s -> assertThat(s.at()).isNotNull());
        assertThat(List.copyOf(v.timeline())).hasSize(7);
    }
}
