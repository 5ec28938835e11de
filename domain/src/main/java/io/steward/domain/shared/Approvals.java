package io.steward.domain.shared;

import io.steward.ports.shared.SharedRefusals;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.ApprovalDecided;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalPurpose;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.ApprovalView;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.in.Approve;
import io.steward.ports.shared.out.ApprovalRecords;
import io.steward.ports.shared.out.ApprovalState;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The shared approvals mechanism: every context whose act needs an approval declares an {@link ApprovalPurpose} and,
 * when the act is done, {@link #use uses} the approval the act names — never a name typed in by whoever records the
 * act. A read grant that lasts (EST-08 reading personal data) is {@link #holds held} rather than used.
 */
public final class Approvals implements Approve {
    private final UseCases useCases;
    private final ApprovalRecords records;
    private final Map<String, ApprovalPurpose> purposes = new LinkedHashMap<>();
    private final BiFunction<EstateId, ApprovalPurpose, Duration> validity;

    /**
     * @param purposes every purpose the assembled contexts declare
     * @param validity how long a given approval lasts in an estate (an estate's policy may set it; else the purpose's)
     */
    public Approvals(UseCases useCases, ApprovalRecords records, List<ApprovalPurpose> purposes,
                     BiFunction<EstateId, ApprovalPurpose, Duration> validity) {
        this.useCases = useCases;
        this.records = records;
        this.validity = validity;
        for (ApprovalPurpose p : purposes) {
            if (this.purposes.putIfAbsent(p.code(), p) != null) {
                throw new IllegalArgumentException("approval purpose declared twice: " + p.code());
            }
        }
    }

    private ApprovalPurpose purpose(String code) {
        ApprovalPurpose p = purposes.get(code);
        if (p == null) {
            throw new InvalidInput("no approval purpose " + code + "; the purposes are " + purposes.keySet());
        }
        return p;
    }

    private Access access() {
        return useCases.access();
    }

    @Override
    public ApprovalView request(Request r) {
        ApprovalPurpose purpose = purpose(r.purpose());
        return useCases.run(() -> {
            Actor actor = access().require(r.estate(), "estate", r.estate(), "ask for approval: " + purpose.description(),
                    purpose.requesters());
            if (purpose.openedByAct()) {
                throw SharedRefusals.ASKED_BY_ITS_ACT.refuseFor(purpose.ruleId(),  purpose.code() + " is asked for by the act that needs "
                        + "it, never by hand", Map.of("purpose", purpose.code()));
            }
            Approval approval = Approval.request(r, actor, useCases.now());
            ApprovalState stored = records.save(approval.state());
            useCases.audit(actor, r.estate(), "approval.request", "approval", stored.id(), purpose.code() + " of " + r.subject());
            return view(stored);
        });
    }

    @Override
    public ApprovalView approve(ApprovalId id, String note) {
        return decide(id, true, note);
    }

    @Override
    public ApprovalView decline(ApprovalId id, String note) {
        return decide(id, false, note);
    }

    private ApprovalView decide(ApprovalId id, boolean approve, String note) {
        return useCases.run(() -> {
            ApprovalState state = find(id);
            ApprovalPurpose purpose = purpose(state.purpose());
            Actor actor = access().require(state.estate(), "approval", id, (approve ? "give" : "decline")
                    + " approval: " + purpose.description(), purpose.approvers());
            Role as = access().rolesIn(state.estate()).stream().filter(purpose.approvers()::contains).sorted().findFirst()
                    .orElseThrow();
            Instant now = useCases.now();
            Approval approval = new Approval(state);
            approval.decide(approve, purpose, actor, as, note == null || note.isBlank() ? null : note.trim(), now,
                    validity.apply(state.estate(), purpose));
            ApprovalState decided = records.save(approval.state());
            useCases.audit(actor, state.estate(), approve ? "approval.approve" : "approval.decline", "approval", id,
                    purpose.code() + " of " + state.subject() + " as " + as);
            useCases.publish(new ApprovalDecided(id, state.estate(), purpose.code(), state.subject(), decided.status(),
                    actor.id(), as, decided.decisionNote(), now));
            return view(decided);
        });
    }

    private ApprovalState find(ApprovalId id) {
        return records.find(id).orElseThrow(() -> new NotFound("approval", id));
    }

    @Override
    public ApprovalView approval(ApprovalId id) {
        return useCases.run(() -> {
            ApprovalState state = find(id);
            access().require(state.estate(), "approval", id, "read an approval", Access.STAFF);
            return view(state);
        });
    }

    @Override
    public Page<ApprovalView> approvals(EstateId estate, ApprovalStatus status, PageRequest page) {
        return useCases.run(() -> {
            access().require(estate, "estate", estate, "list approvals", Access.STAFF);
            return records.ofEstate(estate, status, page).map(this::view);
        });
    }

    @Override
    public List<ApprovalView> about(EstateId estate, String subject) {
        return useCases.run(() -> {
            access().require(estate, "estate", estate, "list approvals", Access.STAFF);
            return records.about(estate, subject).stream().map(this::view).toList();
        });
    }

    @Override
    public List<ApprovalPurpose> purposes() {
        return List.copyOf(purposes.values());
    }

    /**
     * The act {@code act} of {@code actor} uses approval {@code id}: of {@code purpose}, about {@code subject} of the
     * estate (and {@code detail}, where the act names one), given, unexpired and unused; the approver does not perform
     * it. A single-use approval is consumed. Called inside the act's use case, so a refused act consumes nothing.
     *
     * @return the approval as used, naming who gave it, in which role, and when
     */
    public ApprovalState use(ApprovalId id, ApprovalPurpose purpose, EstateId estate, String subject, String detail,
                             String act, Actor actor) {
        if (id == null) {
            throw SharedRefusals.APPROVAL_REQUIRED.refuseFor(purpose.ruleId(),  purpose.description() + " needs an approval ("
                    + purpose.approvers() + "): ask for one, then name it", Map.of("purpose", purpose.code(), "subject", subject));
        }
        ApprovalState state = records.find(id).orElseThrow(() -> SharedRefusals.APPROVAL_REQUIRED.refuseFor(purpose.ruleId(), 
                "there is no approval " + id, Map.of("approval", id.toString(), "purpose", purpose.code())));
        Approval approval = new Approval(state);
        approval.use(purpose, estate, subject, detail, act, actor, useCases.now());
        if (approval.state() == state) {
            return state;
        }
        useCases.audit(actor, estate, "approval.use", "approval", id, purpose.code() + " by " + act);
        return records.save(approval.state());
    }

    /**
     * A context asks for a decision in the course of an act of its own (KEY-09: a loss asks the project manager whether
     * management was at fault): a PENDING approval asked for by {@code actor}, whatever roles they hold.
     */
    public ApprovalState open(ApprovalPurpose purpose, EstateId estate, String subject, String reason, String detail, Actor actor) {
        Approval approval = Approval.request(new Request(estate, purpose.code(), subject, reason, detail), actor, useCases.now());
        ApprovalState stored = records.save(approval.state());
        useCases.audit(actor, estate, "approval.request", "approval", stored.id(), purpose.code() + " of " + subject);
        return stored;
    }

    /** The stored approval, for a context that shows what its act rests on (no access check: the caller's view does it). */
    public Optional<ApprovalState> state(ApprovalId id) {
        return records.find(id);
    }

    /**
     * The act was done before its approval, where the purpose allows it (an emergency override): the override and its
     * reason are recorded as an approval consumed by the act and pending until it is ratified or declined.
     */
    public ApprovalState actFirst(ApprovalPurpose purpose, EstateId estate, String subject, String reason, String act,
                                  Actor actor) {
        Approval approval = Approval.actedFirst(purpose, estate, subject, reason, act, actor, useCases.now());
        useCases.audit(actor, estate, "approval.act-first", "approval", approval.state().id(), purpose.code() + " by " + act);
        return records.save(approval.state());
    }

    /**
     * Whether {@code person} holds a lasting grant of {@code purpose} about {@code subject} now (EST-08: an approved
     * request to read a unit's personal data, until it expires).
     */
    public Optional<ApprovalState> held(ApprovalPurpose purpose, EstateId estate, String subject, String person) {
        Instant now = useCases.now();
        return records.about(estate, subject).stream()
                .filter(a -> a.purpose().equals(purpose.code()) && a.requestedBy().equals(person) && Approval.usable(a, now))
                .reduce((a, b) -> b);
    }

    /** Whether the caller holds the grant (see {@link #held}). */
    public boolean holds(ApprovalPurpose purpose, EstateId estate, String subject) {
        return !access().isSystem() && held(purpose, estate, subject, access().actor().id()).isPresent();
    }

    private ApprovalView view(ApprovalState s) {
        ApprovalPurpose p = purposes.get(s.purpose());
        Set<Role> approvers = p == null ? Set.of() : p.approvers();
        return new ApprovalView(s.id(), s.estate(), s.purpose(), p == null ? null : p.ruleId(), p == null ? null : p.subjectType(),
                s.subject(), p == null ? null : p.description(), s.detail(), s.reason(), approvers, s.requestedBy(),
                s.requestedAt(), s.status(), s.decidedBy(), s.decidedAs(), s.decidedAt(), s.decisionNote(), s.expiresAt(),
                s.consumedBy(), s.consumedAt(), s.actedFirst(), Approval.usable(s, useCases.now()), s.version());
    }
}
