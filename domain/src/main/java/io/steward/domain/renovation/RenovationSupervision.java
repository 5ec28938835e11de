package io.steward.domain.renovation;

import io.steward.domain.deposits.DepositBook;
import io.steward.domain.shared.Approvals;
import io.steward.ports.deposits.DeductionKind;
import io.steward.ports.deposits.in.KeepDeposits;
import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.RenovationEvents;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationRecords.Violation;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.in.SuperviseRenovation;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Supervision of works in progress (REN-08, REN-09) and their completion acceptance (REN-10). Each department acts
 * through the staff who hold its role; a hot-work permit and a written consent are given by a person who holds an
 * approving role, recorded as theirs; a penalty is filed only on the project manager's approval of its amount (the
 * deposits context's {@code deposits.penalty}), by the cashier, who holds it against the deposit for deduction at refund.
 */
public final class RenovationSupervision implements SuperviseRenovation {
    /** Who patrols and warns: the three departments. */
    static final Set<Role> PATROLS = EnumSet.of(Role.FRONT_DESK, Role.ENGINEER, Role.SECURITY);
    /** Who gives a hot-work permit or a written consent (动火审批): engineering, security, the project's managers. */
    static final Set<Role> PERMITTERS = EnumSet.of(Role.ENGINEER, Role.SECURITY, Role.PROJECT_MANAGER, Role.PROJECT_GM);

    private final RenovationSupport support;
    private final DepositBook deposits;
    private final Approvals approvals;

    RenovationSupervision(RenovationSupport support, DepositBook deposits, Approvals approvals) {
        this.support = support;
        this.deposits = deposits;
        this.approvals = approvals;
    }

    private Actor department(RenovationState r, Department d, String action) {
        return support.useCases.access().require(r.estate(), "renovation", r.id(), action + " for " + d,
                EnumSet.of(d.role()));
    }

    @Override
    public RenovationView round(RenovationId id, Round round) {
        return support.step(id, "record the daily round for " + round.department(), EnumSet.of(round.department().role()),
                "round", (r, before, by, at) -> r.round(round, support.today(before.estate()), by, at));
    }

    @Override
    public RenovationView permitHotWork(RenovationId id, HotWork permit) {
        return support.step(id, "give a hot-work permit", PERMITTERS, "hot-work",
                (r, before, by, at) -> r.permitHotWork(permit, by, at));
    }

    @Override
    public RenovationView consent(RenovationId id, Consent consent) {
        return support.step(id, "give a written consent", PERMITTERS, "consent",
                (r, before, by, at) -> r.consent(consent, support.today(before.estate()), by, at));
    }

    @Override
    public RenovationView warn(RenovationId id, Warning warning) {
        return support.step(id, "record a warning", PATROLS, "warning", (r, before, by, at) -> r.warn(warning, by, at));
    }

    @Override
    public RenovationView notice(RenovationId id, Notice notice) {
        return support.step(id, "write a violation notice", PATROLS, "notice", (r, before, by, at) ->
                r.notice(notice, support.policy(before.estate()).deposits().penalties(), by, at));
    }

    @Override
    public RenovationView filePenalty(RenovationId id, int number, FilePenalty f) {
        return support.useCases.run(() -> {
            RenovationState r = support.find(id);
            Actor actor = support.useCases.access().require(r.estate(), "renovation", id, "file a penalty for deduction",
                    RenovationDesk.TILL);
            Optional<Violation> toFile = new Renovation(r).toFile(number, f.posting());
            if (toFile.isEmpty()) {
                return support.view(r); // filed under this posting id already
            }
            Violation v = toFile.get();
            // DEP-03 / REN-09: the deposits context checks and consumes the project manager's approval of this amount
            deposits.holdPenalty(r.fees().deposit(), new KeepDeposits.HoldDeduction(f.posting(),
                    DeductionKind.PENALTY, v.penalty(), f.approval(), null, "violation notice " + number + " of renovation "
                    + id + ": " + v.description()));
            String approvedBy = approvals.state(f.approval()).map(a -> a.decidedBy()).orElse(null);
            return support.act(r, actor, "penalty", x -> x.filed(number, f.approval(), approvedBy, f.posting(), actor.id(),
                    support.useCases.now()));
        });
    }

    @Override
    public RenovationView requestAcceptance(RenovationId id, String note) {
        return support.step(id, "record the owner's request for acceptance", RenovationDesk.DESK, "acceptance-request",
                (r, before, by, at) -> r.requestAcceptance(by, at, io.steward.ports.shared.Texts.optional(note)));
    }

    @Override
    public RenovationView accept(RenovationId id, Acceptance a) {
        return support.useCases.run(() -> {
            RenovationState r = support.find(id);
            Actor actor = department(r, a.department(), "check the works for acceptance");
            boolean[] accepted = new boolean[1];
            RenovationView view = support.act(r, actor, "acceptance", x -> accepted[0] = x.check(a.department(), a.failed(),
                    support.today(r.estate()), actor.id(), support.useCases.now()));
            if (accepted[0]) {
                // EST-02: the unit leaves RENOVATING for the status it had, through the estate's own process
                support.useCases.publish(new RenovationEvents.WorksAccepted(r.estate(), r.unit(), r.id(),
                        r.entry().occupancyBefore(), view.completion().acceptedOn()));
            }
            return view;
        });
    }
}
