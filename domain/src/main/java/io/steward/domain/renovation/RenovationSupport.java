package io.steward.domain.renovation;

import io.steward.domain.shared.BusinessCalendar;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationRecords;
import io.steward.ports.renovation.RenovationRecords.Application;
import io.steward.ports.renovation.RenovationRecords.Contractor;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.calendar.Deadline;
import io.steward.ports.shared.calendar.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/** What the renovation use cases share: finding, acting on and saving a renovation, its estate's day and calendar, views. */
final class RenovationSupport {
    /** REN-02: the approval is due 1 working day after the application. */
    static final Span APPROVAL_SPAN = Span.workingDays(1);

    final UseCases useCases;
    final RenovationStore store;
    final Privacy privacy;
    private final BusinessCalendar national;

    RenovationSupport(UseCases useCases, RenovationStore store, Privacy privacy, BusinessCalendar national) {
        this.useCases = useCases;
        this.store = store;
        this.privacy = privacy;
        this.national = national;
    }

    RenovationState find(RenovationId id) {
        return store.renovations().find(id).orElseThrow(() -> new NotFound("renovation", id));
    }

    EstatePolicy policy(EstateId estate) {
        return store.estate().policy(estate).orElseThrow(() -> new NotFound("estate", estate));
    }

    LocalDate today(EstateId estate) {
        return LocalDate.ofInstant(useCases.now(), store.estate().zone(estate));
    }

    /** REN-02: the approval's due time on the estate's calendar (national, with its local holidays) and service hours. */
    Deadline approvalDue(EstateId estate, Instant applied) {
        EstatePolicy policy = policy(estate);
        return national.withLocalHolidays(policy.localHolidays()).deadline(applied, APPROVAL_SPAN,
                store.estate().zone(estate), policy.serviceHours());
    }

    /** What one act of the process does to the renovation, by {@code by} at {@code at}. */
    interface Step {
        void on(Renovation renovation, RenovationState before, String by, Instant at);
    }

    /**
     * One act of a renovation's process, as its own use case: the renovation found, the caller holding one of
     * {@code roles} in its estate ({@code action} says what for), the act done, saved and audited as {@code audit}.
     */
    RenovationView step(RenovationId id, String action, java.util.Set<io.steward.ports.shared.Role> roles, String audit,
                        Step step) {
        return useCases.run(() -> {
            RenovationState s = find(id);
            Actor actor = useCases.access().require(s.estate(), "renovation", id, action, roles);
            Instant now = useCases.now();
            return act(s, actor, audit, r -> step.on(r, s, actor.id(), now));
        });
    }

    /** Saves what {@code act} did to the renovation, audits it, and answers the view. */
    RenovationView act(RenovationState s, Actor actor, String action, Consumer<Renovation> act) {
        Renovation r = new Renovation(s);
        act.accept(r);
        RenovationState stored = store.renovations().save(r.state());
        useCases.audit(actor, s.estate(), "renovation." + action, "renovation", s.id(), stored.status().name());
        return view(stored);
    }

    RenovationView view(RenovationState s) {
        boolean plain = privacy.unmasked(s.estate(), s.unit(), "renovation", s.id());
        return plain ? view(s, s) : view(s, masked(s));
    }

    private RenovationView view(RenovationState s, RenovationState shown) {
        boolean overdue = s.status() == RenovationStatus.APPLIED && useCases.now().isAfter(s.review().due());
        return new RenovationView(s.id(), s.estate(), s.unit(), s.status(), shown.application(), s.review(), overdue,
                shown.agreement(), s.fees(), s.permit(), shown.workers(), shown.entry(), shown.rounds(), s.hotWorks(),
                s.consents(), shown.violations(), s.completion(), shown.settlement(), shown.timeline(), s.version());
    }

    /** EST-08: names, phones and ID numbers masked. */
    private static RenovationState masked(RenovationState s) {
        Application a = s.application();
        Contractor c = a.contractor();
        Application application = new Application(a.byProxy(), PersonalData.maskName(a.applicantName()),
                phone(a.applicantPhone()), a.powerOfAttorney(), a.applicationSignedByOwner(), a.commitmentSignedByOwner(),
                a.agreementDelegated(), text(a.description()), a.works(), a.drawings(), new Contractor(c.name(), c.licenceNumber(),
                c.licenceValidUntil(), c.qualificationNumber(), c.qualificationValidUntil(),
                PersonalData.maskName(c.representative()), PersonalData.mask(c.representativeIdNumber(), 3, 4),
                c.representativeIdValidUntil(), phone(c.phone())), a.recordedBy(), a.at());
        var g = s.agreement();
        var agreement = g == null ? null : new RenovationRecords.Agreement(g.signedBy(), PersonalData.maskName(g.signerName()),
                g.prohibitions(), g.workingHours(), g.movingHours(), g.recordedBy(), g.at());
        var workers = s.workers().stream().map(w -> new RenovationRecords.WorkerPass(w.passNumber(),
                PersonalData.maskName(w.name()), PersonalData.mask(w.idNumber(), 3, 4), w.by(), w.at())).toList();
        var e = s.entry();
        var entry = e == null ? null : new RenovationRecords.EntryInspection(e.witness(), PersonalData.maskName(e.witnessName()),
                text(e.notes()), e.by(), e.at(), e.occupancyBefore());
        var t = s.settlement();
        var q = t.request();
        var settlement = new RenovationRecords.Settlement(t.notifiedAt(), t.checks(), q == null ? null
                : new RenovationRecords.RefundRequest(q.requester(), PersonalData.maskName(q.requesterName()),
                q.ownerConsent(), q.recordedBy(), q.at()), t.signOffs().stream().map(o -> new RenovationRecords.SignOff(
                o.party(), o.party() == io.steward.ports.renovation.RenovationParty.PROJECT_CENTRE ? o.signerName()
                : PersonalData.maskName(o.signerName()), o.by(), o.at())).toList(), t.memo());
        // free text may carry a number typed in (a phone, an ID): masked like every free text (EST-08)
        var rounds = s.rounds().stream().map(o -> new RenovationRecords.Round(o.day(), o.department(), o.observed(),
                o.uncovered(), text(o.note()), o.by(), o.at())).toList();
        var violations = s.violations().stream().map(v -> new RenovationRecords.Violation(v.number(), v.serious(),
                text(v.description()), PersonalData.maskName(v.warned()), v.ownerPhonedAt(), v.contractorPhonedAt(),
                v.copies(), v.penalty(), v.approval(), v.approvedBy(), v.hold(), v.by(), v.at())).toList();
        var timeline = s.timeline().stream().map(x -> new RenovationRecords.Step(x.step(), x.rule(), x.by(), x.at(),
                text(x.detail()))).toList();
        var checked = new RenovationRecords.Settlement(settlement.notifiedAt(), settlement.checks().stream().map(k ->
                new RenovationRecords.NeighbourCheck(k.harmed(), text(k.findings()), text(k.remedy()), k.by(), k.at()))
                .toList(), settlement.request(), settlement.signOffs(), settlement.memo());
        return new RenovationState(s.id(), s.estate(), s.unit(), s.status(), application, s.review(), agreement, s.fees(),
                s.permit(), workers, entry, rounds, s.hotWorks(), s.consents(), violations, s.completion(),
                checked, timeline, s.version());
    }

    private static String text(String text) {
        return PersonalData.maskNumbersIn(text);
    }

    static String phone(String phone) {
        return PersonalData.mask(phone, 3, 4);
    }
}
