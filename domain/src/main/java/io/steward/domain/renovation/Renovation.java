package io.steward.domain.renovation;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.RenovationRules;
import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.Observation;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationParty;
import io.steward.ports.renovation.RenovationRecords.AcceptanceCheck;
import io.steward.ports.renovation.RenovationRecords.Agreement;
import io.steward.ports.renovation.RenovationRecords.Application;
import io.steward.ports.renovation.RenovationRecords.Completion;
import io.steward.ports.renovation.RenovationRecords.Consent;
import io.steward.ports.renovation.RenovationRecords.EntryInspection;
import io.steward.ports.renovation.RenovationRecords.FailedItem;
import io.steward.ports.renovation.RenovationRecords.FeeLine;
import io.steward.ports.renovation.RenovationRecords.Fees;
import io.steward.ports.renovation.RenovationRecords.HotWorkPermit;
import io.steward.ports.renovation.RenovationRecords.Memo;
import io.steward.ports.renovation.RenovationRecords.NeighbourCheck;
import io.steward.ports.renovation.RenovationRecords.Permit;
import io.steward.ports.renovation.RenovationRecords.RefundRequest;
import io.steward.ports.renovation.RenovationRecords.Review;
import io.steward.ports.renovation.RenovationRecords.Round;
import io.steward.ports.renovation.RenovationRecords.Settlement;
import io.steward.ports.renovation.RenovationRecords.SignOff;
import io.steward.ports.renovation.RenovationRecords.Signature;
import io.steward.ports.renovation.RenovationRecords.Step;
import io.steward.ports.renovation.RenovationRecords.Violation;
import io.steward.ports.renovation.RenovationRecords.WorkerPass;
import io.steward.ports.renovation.RenovationRefusals;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.in.ApplyForRenovation;
import io.steward.ports.renovation.in.SuperviseRenovation;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.calendar.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A renovation's process (REN-01 … REN-10, DEP-04), as an explicit state machine: each act checks that the renovation
 * is where the seed's order puts it, then its own rule, then records itself — its form and its step on the timeline.
 * It checks no roles (the use cases do) and reads nothing (they hand it what it needs), so each rule can be tested
 * alone. The renovation's records only grow: a step is never undone, a form never edited.
 */
final class Renovation {
    private final RenovationId id;
    private final EstateId estate;
    private final UnitId unit;
    private final long version;
    private final Application application;
    private RenovationStatus status;
    private Review review;
    private Agreement agreement;
    private Fees fees;
    private Permit permit;
    private final List<WorkerPass> workers;
    private EntryInspection entry;
    private final List<Round> rounds;
    private final List<HotWorkPermit> hotWorks;
    private final List<Consent> consents;
    private final List<Violation> violations;
    private Completion completion;
    private Settlement settlement;
    private final List<Step> timeline;

    Renovation(RenovationState s) {
        id = s.id();
        estate = s.estate();
        unit = s.unit();
        version = s.version();
        application = s.application();
        status = s.status();
        review = s.review();
        agreement = s.agreement();
        fees = s.fees();
        permit = s.permit();
        workers = new ArrayList<>(s.workers());
        entry = s.entry();
        rounds = new ArrayList<>(s.rounds());
        hotWorks = new ArrayList<>(s.hotWorks());
        consents = new ArrayList<>(s.consents());
        violations = new ArrayList<>(s.violations());
        completion = s.completion();
        settlement = s.settlement();
        timeline = new ArrayList<>(s.timeline());
    }

    RenovationState state() {
        return new RenovationState(id, estate, unit, status, application, review, agreement, fees, permit, workers, entry,
                rounds, hotWorks, consents, violations, completion, settlement, timeline, version);
    }

    /**
     * REN-01: the application, both forms signed by the owner (a proxy with a power of attorney), the drawings and the
     * contractor's licence, qualification and representative's ID valid on {@code today}; due for approval by
     * {@code due} (REN-02: 1 working day on the estate's calendar).
     */
    static Renovation apply(EstateId estate, UnitId unit, Application a, LocalDate today, Deadline due) {
        if (!a.applicationSignedByOwner() || !a.commitmentSignedByOwner()) {
            throw RenovationRefusals.NOT_SIGNED_BY_THE_OWNER.refuse("the application (装修申请表) and the commitment letter"
                    + " (装修承诺书) are both signed by the owner", Map.of("application", a.applicationSignedByOwner(),
                    "commitment", a.commitmentSignedByOwner()));
        }
        if (a.byProxy() && a.powerOfAttorney() == null) {
            throw RenovationRefusals.POWER_OF_ATTORNEY_MISSING.refuse("an owner who does not come in person gives their"
                    + " proxy a power of attorney (委托书): name it");
        }
        if (a.drawings() == null) {
            throw RenovationRefusals.DRAWINGS_MISSING.refuse("the contractor's stamped drawings (plans, ceilings, pipes and"
                    + " wiring, sections) come with the application");
        }
        var c = a.contractor();
        valid("the contractor's business licence", c.licenceValidUntil(), today);
        valid("the contractor's qualification certificate", c.qualificationValidUntil(), today);
        valid("the representative's ID card", c.representativeIdValidUntil(), today);
        boolean guide = !a.works().isEmpty();
        Renovation r = new Renovation(new RenovationState(RenovationId.newId(), estate, unit, RenovationStatus.APPLIED, a,
                new Review(due.due(), due.explanation(), List.of(), guide, null, null), null, null, null, null, null, null, null,
                null, null, null, null, null, 0));
        r.step("applied", "REN-01", a.recordedBy(), a.at(), (a.byProxy() ? "by proxy, with power of attorney" : "by the owner")
                + "; documents valid; approval due " + due.due() + (guide ? "; needs government approval: " + a.works() : ""));
        return r;
    }

    private static void valid(String document, LocalDate until, LocalDate today) {
        if (until.isBefore(today)) {
            throw RenovationRefusals.DOCUMENT_INVALID.refuse(document + " expired on " + until + ": the application waits"
                    + " for a valid one", Map.of("document", document, "validUntil", until.toString()));
        }
    }

    /** REN-02: {@code by} signs for {@code department}; both signatures approve. */
    void sign(Department department, String by, Instant at, String note) {
        require("REN-02", RenovationStatus.APPLIED, "signed for approval");
        if (department == Department.SECURITY) {
            throw RenovationRefusals.NOT_THE_DEPARTMENT.refuseFor("REN-02", "the approval is signed by customer service and engineering",
                    Map.of("department", department.name()));
        }
        if (by.equals(application.recordedBy())) {
            throw RenovationRefusals.ONE_PERSON_TWO_SIGNATURES.refuse(by + " filed the application: the approval is"
                    + " signed by the departments' heads or their delegates, not by whoever filed it", Map.of("by", by));
        }
        for (Signature s : review.signatures()) {
            if (s.department() == department) {
                throw RenovationRefusals.SIGNED_ALREADY.refuse(department + " signed already, " + s.by() + " at " + s.at(),
                        Map.of("department", department.name()));
            }
            if (s.by().equals(by)) {
                throw RenovationRefusals.ONE_PERSON_TWO_SIGNATURES.refuse(by + " signed for " + s.department()
                        + " already: the two departments sign by two people", Map.of("by", by));
            }
        }
        List<Signature> signatures = new ArrayList<>(review.signatures());
        signatures.add(new Signature(department, by, at, note));
        review = new Review(review.due(), review.explanation(), signatures, review.guideRequired(),
                review.guideHandedOverBy(), review.guideHandedOverAt());
        boolean both = signatures.size() == 2;
        if (both) {
            status = RenovationStatus.APPROVED;
        }
        step(both ? "approved" : "signed", "REN-02", by, at, department + (both ? "; approved" + (at.isAfter(review.due())
                ? ", " + java.time.Duration.between(review.due(), at).toMinutes() + " minutes after its due time" : "")
                : "") + (note == null ? "" : ": " + note));
    }

    void reject(String by, Instant at, String reason) {
        require("REN-02", RenovationStatus.APPLIED, "rejected");
        status = RenovationStatus.REJECTED;
        step("rejected", "REN-02", by, at, reason);
    }

    void withdraw(String by, Instant at, String reason) {
        require("REN-01", EnumSet.of(RenovationStatus.APPLIED, RenovationStatus.APPROVED, RenovationStatus.AGREED), "withdrawn");
        status = RenovationStatus.WITHDRAWN;
        step("withdrawn", null, by, at, reason);
    }

    /** REN-03: the government guide handed to the owner, for works that need the government's approval. */
    void handOverGuide(String by, Instant at, String note) {
        require("REN-03", EnumSet.of(RenovationStatus.APPLIED, RenovationStatus.APPROVED), "handed its guide");
        if (!review.guideRequired()) {
            throw RenovationRefusals.NO_GOVERNMENT_WORKS.refuse("the works touch no fire system, structure or gas: there is"
                    + " no government approval to guide the owner to");
        }
        if (review.guideHandedOverAt() != null) {
            throw RenovationRefusals.OUT_OF_ORDER.refuseFor("REN-03", "the guide was handed over at " + review.guideHandedOverAt());
        }
        review = new Review(review.due(), review.explanation(), review.signatures(), true, by, at);
        step("guide handed over", "REN-03", by, at, "government approval for " + application.works()
                + (note == null ? "" : ": " + note));
    }

    /** REN-04: the owner confirms; the agreement is signed by the owner, or by the contractor where delegated. */
    void agree(ApplyForRenovation.Agree a, RenovationRules rules, String by, Instant at) {
        require("REN-04", RenovationStatus.APPROVED, "agreed");
        if (review.guideRequired() && review.guideHandedOverAt() == null) {
            throw RenovationRefusals.GUIDE_NOT_HANDED_OVER.refuse("the works need the government's approval ("
                    + application.works() + "): hand the owner the guide first", Map.of("works", application.works()));
        }
        if (!a.ownerConfirmed()) {
            throw RenovationRefusals.OWNER_NOT_CONFIRMED.refuse("the owner confirms the approval by signing it first");
        }
        if (a.signedBy() == RenovationParty.CONTRACTOR && !application.agreementDelegated()) {
            throw RenovationRefusals.AGREEMENT_NOT_DELEGATED.refuse("the agreement is the owner's to sign: the commitment"
                    + " letter did not delegate it to the contractor");
        }
        if (!a.prohibitionsExplained()) {
            throw RenovationRefusals.PROHIBITIONS_NOT_EXPLAINED.refuse("the prohibitions and the permitted hours are"
                    + " explained to the owner before the agreement stands", Map.of("prohibitions", rules.prohibitions()));
        }
        agreement = new Agreement(a.signedBy(), a.signerName(), rules.prohibitions(), rules.workingHours(),
                rules.movingHours(), by, at);
        status = RenovationStatus.AGREED;
        step("agreed", "REN-04", by, at, "signed by the " + a.signedBy().name().toLowerCase()
                + "; works " + rules.workingHours() + ", moving " + rules.movingHours());
    }

    /** REN-05: the fees paid as quoted, the deposit (if any) collected. */
    void paid(List<FeeLine> lines, Fen total, int passes, String receipt, DepositId deposit, String by, Instant at) {
        require("REN-05", RenovationStatus.AGREED, "paid");
        fees = new Fees(lines, total, passes, receipt, deposit, by, at);
        status = RenovationStatus.FEES_PAID;
        step("fees paid", "REN-05", by, at, total.toYuanString() + ", receipt " + receipt + (deposit == null ? ""
                : ", deposit " + deposit));
    }

    void requirePayable() {
        require("REN-05", RenovationStatus.AGREED, "paid");
    }

    /** REN-06: the site permit with the service phone. */
    void permit(String number, String servicePhone, String by, Instant at) {
        require("REN-06", RenovationStatus.FEES_PAID, "permitted");
        if (servicePhone == null) {
            throw RenovationRefusals.NO_SERVICE_PHONE.refuse("the site permit carries the company's service phone: the"
                    + " estate publishes none (policy.renovation.servicePhone)");
        }
        permit = new Permit(number, servicePhone, by, at);
        status = RenovationStatus.PERMITTED;
        step("permit issued", "REN-06", by, at, "permit " + number + ", service phone " + servicePhone);
    }

    /** REN-06: a worker pass, no more than paid for, each number once. */
    void register(ApplyForRenovation.Worker w, String by, Instant at) {
        require("REN-06", EnumSet.of(RenovationStatus.PERMITTED, RenovationStatus.IN_WORKS), "given worker passes");
        if (workers.stream().anyMatch(p -> p.passNumber().equals(w.passNumber()))) {
            throw RenovationRefusals.PASS_NUMBER_TAKEN.refuse("pass " + w.passNumber() + " is registered already",
                    Map.of("pass", w.passNumber()));
        }
        if (workers.size() >= fees.passes()) {
            throw RenovationRefusals.PASSES_EXHAUSTED.refuse(fees.passes() + " passes were paid for, all registered",
                    Map.of("paid", fees.passes()));
        }
        workers.add(new WorkerPass(w.passNumber(), w.name(), w.idNumber(), by, at));
        step("worker pass", "REN-06", by, at, "pass " + w.passNumber());
    }

    /** REN-07: the entry inspection; the works begin. */
    void enter(ApplyForRenovation.Entry e, Occupancy before, String by, Instant at) {
        require("REN-07", RenovationStatus.PERMITTED, "entered");
        entry = new EntryInspection(e.witness(), e.witnessName(), e.notes(), by, at, before);
        status = RenovationStatus.IN_WORKS;
        step("entry inspection", "REN-07", by, at, "with the " + e.witness().name().toLowerCase() + "; works begin");
    }

    /** REN-08: one round per department a day; what it saw uncovered by a permit or consent is its finding. */
    Round round(SuperviseRenovation.Round r, LocalDate day, String by, Instant at) {
        require("REN-08", RenovationStatus.IN_WORKS, "patrolled");
        rounds.stream().filter(o -> o.day().equals(day) && o.department() == r.department()).findFirst().ifPresent(o -> {
            throw RenovationRefusals.ROUND_RECORDED_ALREADY.refuse(r.department() + " made its round of " + day
                    + " already (" + o.by() + " at " + o.at() + ")", Map.of("department", r.department().name()));
        });
        Set<Observation> uncovered = EnumSet.noneOf(Observation.class);
        for (Observation o : r.observed()) {
            if (!covered(o, at, day)) {
                uncovered.add(o);
            }
        }
        Round round = new Round(day, r.department(), r.observed(), uncovered, r.note(), by, at);
        rounds.add(round);
        step("round", "REN-08", by, at, r.department() + (uncovered.isEmpty() ? "" : "; without permit or consent: "
                + uncovered) + (r.note() == null ? "" : ": " + r.note()));
        return round;
    }

    private boolean covered(Observation o, Instant at, LocalDate day) {
        if (o.needsHotWorkPermit()) {
            return hotWorks.stream().anyMatch(p -> !at.isBefore(p.from()) && !at.isAfter(p.to()));
        }
        return consents.stream().anyMatch(c -> c.item() == o && !day.isAfter(c.until()));
    }

    void permitHotWork(SuperviseRenovation.HotWork h, String by, Instant at) {
        require("REN-08", EnumSet.of(RenovationStatus.PERMITTED, RenovationStatus.IN_WORKS), "given a hot-work permit");
        if (!h.to().isAfter(at)) {
            throw RenovationRefusals.PERMIT_PERIOD_INVALID.refuse("a hot-work permit is given before the work, not for a"
                    + " period that ended at " + h.to(), Map.of("to", h.to().toString()));
        }
        hotWorks.add(new HotWorkPermit(h.from(), h.to(), h.location(), by, at));
        step("hot-work permit", "REN-08", by, at, h.location() + " " + h.from() + " … " + h.to());
    }

    void consent(SuperviseRenovation.Consent c, LocalDate today, String by, Instant at) {
        require("REN-08", EnumSet.of(RenovationStatus.PERMITTED, RenovationStatus.IN_WORKS), "given a written consent");
        if (c.until().isBefore(today)) {
            throw RenovationRefusals.PERMIT_PERIOD_INVALID.refuse("a consent covers days to come, not up to " + c.until(),
                    Map.of("until", c.until().toString()));
        }
        consents.add(new Consent(c.item(), c.until(), c.note(), by, at));
        step("written consent", "REN-08", by, at, c.item() + " until " + c.until());
    }

    /** REN-09: a minor violation, warned. */
    void warn(SuperviseRenovation.Warning w, String by, Instant at) {
        require("REN-09", RenovationStatus.IN_WORKS, "warned");
        violations.add(new Violation(violations.size() + 1, false, w.description(), w.warned(), null, null, 0, null, null,
                null, null, by, at));
        step("verbal warning", "REN-09", by, at, w.description());
    }

    /**
     * REN-09: a serious violation: the owner phoned first, then the contractor; both sign; a penalty only where the
     * estate's policy allows penalties and a deposit was collected to deduct it from.
     */
    Violation notice(SuperviseRenovation.Notice n, boolean penaltiesAllowed, String by, Instant at) {
        require("REN-09", RenovationStatus.IN_WORKS, "given a violation notice");
        if (n.ownerPhonedAt().isAfter(at) || n.contractorPhonedAt().isAfter(at)) {
            throw new InvalidInput("the calls are recorded after they were made");
        }
        if (n.contractorPhonedAt().isBefore(n.ownerPhonedAt())) {
            throw RenovationRefusals.OWNER_PHONED_FIRST.refuse("the owner is phoned first, for their understanding and"
                    + " support, then the contractor: here the contractor was called at " + n.contractorPhonedAt()
                    + ", the owner at " + n.ownerPhonedAt());
        }
        if (!n.signedByOwner() || !n.signedByContractor()) {
            throw RenovationRefusals.NOTICE_NOT_SIGNED.refuse("both parties sign for the notice: the owner "
                    + (n.signedByOwner() ? "did" : "did not") + ", the contractor " + (n.signedByContractor() ? "did" : "did not"));
        }
        if (n.penalty() != null && (!penaltiesAllowed || fees == null || fees.deposit() == null)) {
            throw RenovationRefusals.PENALTIES_NOT_ALLOWED.refuse(!penaltiesAllowed ? "the estate's policy charges no"
                    + " penalties (local rules forbid them)" : "no deposit was collected to deduct a penalty from",
                    Map.of("penalty", n.penalty().value()));
        }
        Violation v = new Violation(violations.size() + 1, true, n.description(), null, n.ownerPhonedAt(),
                n.contractorPhonedAt(), SuperviseRenovation.NOTICE_COPIES, n.penalty(), null, null, null, by, at);
        violations.add(v);
        step("violation notice", "REN-09", by, at, "notice " + v.number() + " (" + v.copies() + " copies): "
                + n.description() + (n.penalty() == null ? "" : "; penalty " + n.penalty().toYuanString()));
        return v;
    }

    /** The notice whose penalty is to be filed; answers empty when it was filed under {@code posting} already. */
    Optional<Violation> toFile(int number, PostingId posting) {
        require("REN-09", EnumSet.of(RenovationStatus.IN_WORKS, RenovationStatus.COMPLETED), "filed a penalty");
        Violation v = violation(number);
        if (!v.serious() || v.penalty() == null) {
            throw RenovationRefusals.NO_PENALTY_ON_THE_NOTICE.refuse("violation " + number + " has no penalty written on a"
                    + " notice", Map.of("violation", number));
        }
        if (v.hold() != null) {
            if (v.hold().equals(posting)) {
                return Optional.empty();
            }
            throw RenovationRefusals.PENALTY_FILED_ALREADY.refuse("the penalty of notice " + number + " was filed as hold "
                    + v.hold(), Map.of("hold", v.hold().toString()));
        }
        return Optional.of(v);
    }

    void filed(int number, ApprovalId approval, String approvedBy, PostingId hold, String by, Instant at) {
        Violation v = violation(number);
        violations.set(number - 1, new Violation(v.number(), v.serious(), v.description(), v.warned(), v.ownerPhonedAt(),
                v.contractorPhonedAt(), v.copies(), v.penalty(), approval, approvedBy, hold, v.by(), v.at()));
        step("penalty filed", "REN-09", by, at, "notice " + number + ": " + v.penalty().toYuanString() + " approved by "
                + approvedBy + ", held against deposit " + fees.deposit());
    }

    private Violation violation(int number) {
        if (number < 1 || number > violations.size()) {
            throw new io.steward.ports.shared.NotFound("violation", number);
        }
        return violations.get(number - 1);
    }

    /** REN-10: the owner's request; one at a time. */
    void requestAcceptance(String by, Instant at, String note) {
        require("REN-10", RenovationStatus.IN_WORKS, "asked for acceptance");
        if (pendingRequest() > 0) {
            throw RenovationRefusals.OUT_OF_ORDER.refuseFor("REN-10", "acceptance was asked for already and is being checked");
        }
        List<Instant> requests = new ArrayList<>(completion.requests());
        requests.add(at);
        completion = new Completion(requests, completion.checks(), null, null);
        step("acceptance requested", "REN-10", by, at, "request " + requests.size() + (note == null ? "" : ": " + note));
    }

    /** The open request's number, or 0: a request is open until a check fails it or both pass it. */
    private int pendingRequest() {
        int n = completion.requests().size();
        if (n == 0 || status != RenovationStatus.IN_WORKS) {
            return 0;
        }
        boolean failed = completion.checks().stream().anyMatch(c -> c.request() == n && !c.passed());
        return failed ? 0 : n;
    }

    /**
     * REN-10: engineering's or security's check of the open request. Failed items are recorded with the fix explained;
     * both passing accept the works on {@code today}, the refund due 3 calendar months later (DEP-04).
     *
     * @return whether the works are now accepted
     */
    boolean check(Department department, List<FailedItem> failed, LocalDate today, String by, Instant at) {
        require("REN-10", RenovationStatus.IN_WORKS, "checked for acceptance");
        int request = pendingRequest();
        if (request == 0) {
            throw RenovationRefusals.ACCEPTANCE_NOT_REQUESTED.refuse("completion acceptance is checked on the owner's"
                    + " request: none is open");
        }
        if (department == Department.CUSTOMER_SERVICE) {
            throw RenovationRefusals.NOT_THE_DEPARTMENT.refuseFor("REN-10", "completion acceptance is checked by engineering and security",
                    Map.of("department", department.name()));
        }
        if (completion.checks().stream().anyMatch(c -> c.request() == request && c.department() == department)) {
            throw RenovationRefusals.CHECKED_ALREADY.refuse(department + " checked request " + request + " already");
        }
        for (FailedItem f : failed) {
            if (f.fix() == null) {
                throw RenovationRefusals.FAILED_ITEM_WITHOUT_FIX.refuse("a failed item is recorded with the fix explained to"
                        + " the owner: " + f.item(), Map.of("item", f.item()));
            }
        }
        List<AcceptanceCheck> checks = new ArrayList<>(completion.checks());
        checks.add(new AcceptanceCheck(request, department, failed.isEmpty(), failed, by, at));
        boolean accepted = failed.isEmpty() && checks.stream().filter(c -> c.request() == request && c.passed())
                .map(AcceptanceCheck::department).distinct().count() == 2;
        completion = new Completion(completion.requests(), checks, accepted ? today : null,
                accepted ? today.plusMonths(RenovationRefunds.MONTHS_AFTER_ACCEPTANCE) : null);
        if (accepted) {
            status = RenovationStatus.COMPLETED;
        }
        step(accepted ? "accepted" : "acceptance check", "REN-10", by, at, department + (failed.isEmpty() ? " passed"
                : " failed " + failed.size() + " item(s): " + failed.stream().map(f -> f.item() + " → " + f.fix()).toList())
                + (accepted ? "; refund due on " + completion.refundDueOn() : ""));
        return accepted;
    }

    void notified(String by, Instant at) {
        settlement = new Settlement(at, settlement.checks(), settlement.request(), settlement.signOffs(), settlement.memo());
        step("refund due notified", "DEP-04", by, at, "due on " + completion.refundDueOn());
    }

    /**
     * DEP-04: the check is made when the refund is due (退还时: leaks show in the months after the works), and one that
     * finds no harm after one that found some names what remedied it.
     */
    void checkNeighbours(boolean harmed, String findings, String remedy, LocalDate today, String by, Instant at) {
        require("DEP-04", RenovationStatus.COMPLETED, "checked for harm to neighbours");
        requireDue(today);
        List<NeighbourCheck> checks = new ArrayList<>(settlement.checks());
        if (!harmed && remedy == null && !checks.isEmpty() && checks.get(checks.size() - 1).harmed()) {
            throw RenovationRefusals.HARM_NOT_REMEDIED.refuse("the last check found harm ("
                    + checks.get(checks.size() - 1).findings() + "): name what remedied it — the repair, a notice's"
                    + " penalty — to record that none is left");
        }
        checks.add(new NeighbourCheck(harmed, findings, remedy, by, at));
        settlement = new Settlement(settlement.notifiedAt(), checks, settlement.request(), settlement.signOffs(),
                settlement.memo());
        step("neighbours checked", "DEP-04", by, at, (harmed ? "harm found: " : "no harm: ") + findings
                + (remedy == null ? "" : "; remedied by " + remedy));
    }

    /** DEP-04: the refund requested, not before it is due; a contractor's request with the owner's consent. */
    void requestRefund(io.steward.ports.renovation.in.SettleRenovationDeposit.RefundRequest r, LocalDate today, String by,
                       Instant at) {
        require("DEP-04", RenovationStatus.COMPLETED, "asked for its refund");
        requireDue(today);
        if (settlement.request() != null) {
            throw RenovationRefusals.REFUND_REQUESTED_ALREADY.refuse("the " + settlement.request().requester()
                    + " asked for the refund at " + settlement.request().at() + ": its sign-offs are for that request");
        }
        if (r.requester() == RenovationParty.CONTRACTOR && r.ownerConsent() == null) {
            throw RenovationRefusals.OWNER_CONSENT_MISSING.refuse("a refund the contractor asks for needs the owner's"
                    + " consent: the owner is told, and agrees");
        }
        settlement = new Settlement(settlement.notifiedAt(), settlement.checks(),
                new RefundRequest(r.requester(), r.requesterName(), r.ownerConsent(), by, at), settlement.signOffs(),
                settlement.memo());
        step("refund requested", "DEP-04", by, at, "by the " + r.requester().name().toLowerCase()
                + (r.ownerConsent() == null ? "" : ", with the owner's consent"));
    }

    void signOff(RenovationParty party, String signer, String by, Instant at) {
        require("DEP-04", RenovationStatus.COMPLETED, "signed off");
        if (settlement.request() == null) {
            throw RenovationRefusals.REFUND_NOT_REQUESTED.refuse("the refund is signed off once it is requested");
        }
        settlement.signOffs().stream().filter(s -> s.party() == party).findFirst().ifPresent(s -> {
            throw RenovationRefusals.SIGNED_OFF_ALREADY.refuse("the " + party + " signed off already, at " + s.at(),
                    Map.of("party", party.name()));
        });
        List<SignOff> signOffs = new ArrayList<>(settlement.signOffs());
        signOffs.add(new SignOff(party, signer, by, at));
        settlement = new Settlement(settlement.notifiedAt(), settlement.checks(), settlement.request(), signOffs,
                settlement.memo());
        step("signed off", "DEP-04", by, at, party.name());
    }

    /** DEP-04: everything the refund waits for, in the seed's order. */
    void requireRefundable(LocalDate today) {
        require("DEP-04", RenovationStatus.COMPLETED, "refunded");
        requireDue(today);
        if (settlement.checks().isEmpty()) {
            throw RenovationRefusals.NEIGHBOURS_NOT_CHECKED.refuse("before the refund, check that no public or neighbours'"
                    + " interest was harmed (prohibited works, leaks)");
        }
        NeighbourCheck last = settlement.checks().get(settlement.checks().size() - 1);
        if (last.harmed()) {
            throw RenovationRefusals.NEIGHBOURS_HARMED.refuse("the last check found harm (" + last.findings() + "): settle"
                    + " it — a penalty on a notice, the repair — and check again", Map.of("findings", last.findings()));
        }
        if (settlement.request() == null) {
            throw RenovationRefusals.REFUND_NOT_REQUESTED.refuse("the owner or the contractor asks for the refund first");
        }
        for (Violation v : violations) {
            if (v.penalty() != null && v.hold() == null) {
                throw RenovationRefusals.PENALTY_NOT_FILED.refuse("the penalty of notice " + v.number() + " ("
                        + v.penalty().toYuanString() + ") is not filed against the deposit: file it on the project"
                        + " manager's approval first", Map.of("violation", v.number()));
            }
        }
        Set<RenovationParty> signed = EnumSet.noneOf(RenovationParty.class);
        settlement.signOffs().forEach(s -> signed.add(s.party()));
        if (signed.size() < RenovationParty.values().length) {
            Set<RenovationParty> missing = EnumSet.allOf(RenovationParty.class);
            missing.removeAll(signed);
            throw RenovationRefusals.SIGN_OFF_MISSING.refuse("the owner, the contractor and the project centre sign the"
                    + " refund acceptance: missing " + missing, Map.of("missing", missing));
        }
    }

    private void requireDue(LocalDate today) {
        if (today.isBefore(completion.refundDueOn())) {
            throw RenovationRefusals.REFUND_NOT_DUE.refuse("the deposit is refunded from 3 months after the completion"
                    + " acceptance of " + completion.acceptedOn() + ": from " + completion.refundDueOn(),
                    Map.of("dueOn", completion.refundDueOn().toString()));
        }
    }

    /** Cancelled after the fees, before the works: the deposit refunded whole. */
    void cancelled(Memo memo, String reason, String by, Instant at) {
        require("DEP-04", EnumSet.of(RenovationStatus.FEES_PAID, RenovationStatus.PERMITTED), "cancelled");
        settlement = new Settlement(settlement.notifiedAt(), settlement.checks(), settlement.request(),
                settlement.signOffs(), memo);
        status = RenovationStatus.WITHDRAWN;
        step("cancelled", "DEP-04", by, at, reason + "; refunded " + memo.refunded().toYuanString() + ", memo "
                + memo.number());
    }

    void requireCancellable() {
        require("DEP-04", EnumSet.of(RenovationStatus.FEES_PAID, RenovationStatus.PERMITTED), "cancelled");
    }

    void settled(Memo memo, String by, Instant at) {
        settlement = new Settlement(settlement.notifiedAt(), settlement.checks(), settlement.request(),
                settlement.signOffs(), memo);
        status = RenovationStatus.SETTLED;
        step("settled", "DEP-04", by, at, memo.outcome() + ": refunded " + memo.refunded().toYuanString() + " of "
                + memo.deposit().toYuanString() + ", memo " + memo.number());
    }

    private void require(String rule, RenovationStatus expected, String what) {
        require(rule, EnumSet.of(expected), what);
    }

    /** The step of {@code rule} comes when the renovation is in one of {@code expected}: the refusal names that rule. */
    private void require(String rule, Set<RenovationStatus> expected, String what) {
        if (!expected.contains(status)) {
            throw RenovationRefusals.OUT_OF_ORDER.refuseFor(rule, "a renovation " + status + " cannot be " + what
                    + ": that step comes when it is " + expected, Map.of("status", status.name(), "expected", expected));
        }
    }

    private void step(String step, String rule, String by, Instant at, String detail) {
        timeline.add(new Step(step, rule, by, at, detail));
    }

    RenovationId id() {
        return id;
    }

    EstateId estate() {
        return estate;
    }

    UnitId unit() {
        return unit;
    }

    RenovationStatus status() {
        return status;
    }

    Application application() {
        return application;
    }

    Fees fees() {
        return fees;
    }

    EntryInspection entry() {
        return entry;
    }

    Completion completion() {
        return completion;
    }

    Settlement settlement() {
        return settlement;
    }
}
