package io.steward.domain.renovation;

import io.steward.domain.deposits.DepositBook;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.RenovationRules;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.renovation.RenovationEvents;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationRecords.Application;
import io.steward.ports.renovation.RenovationRecords.FeeLine;
import io.steward.ports.renovation.RenovationRefusals;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.in.ApplyForRenovation;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The renovation desk (REN-01 … REN-07): customer service files the application and carries it through approval, the
 * agreement, the till, the permit and the entry inspection. The approval is signed by customer service and engineering
 * (客户部、工程部负责人或授权人: the staff who hold the department's role), two people; the fees come from the estate's
 * published schedule (DEP-02) and the deposit from the same ledger as every deposit (DEP-01).
 */
public final class RenovationDesk implements ApplyForRenovation {
    /** Who files and carries an application: customer service (客户助理) and the project manager. */
    static final Set<Role> DESK = EnumSet.of(Role.FRONT_DESK, Role.PROJECT_MANAGER);
    /** Who refuses an application: the departments that sign it. */
    static final Set<Role> REVIEWERS = EnumSet.of(Role.FRONT_DESK, Role.ENGINEER);
    static final Set<Role> TILL = EnumSet.of(Role.CASHIER);

    private final RenovationSupport support;
    private final DepositBook deposits;
    private final DepositRefund refunds;

    RenovationDesk(RenovationSupport support, DepositBook deposits, DepositRefund refunds) {
        this.support = support;
        this.deposits = deposits;
        this.refunds = refunds;
    }

    @Override
    public RenovationView apply(UnitId unitId, Apply a) {
        return support.useCases.run(() -> {
            UnitState unit = support.store.estate().unit(unitId).orElseThrow(() -> new NotFound("unit", unitId));
            Actor actor = support.useCases.access().require(unit.estate(), "unit", unitId, "file a renovation application",
                    DESK);
            boolean handedOver = support.store.estate().lastHandover(unitId).filter(h -> h.stage() == HandoverStage.COMPLETED)
                    .isPresent();
            ArchiveState owner = support.store.estate().owner(unitId).filter(o -> handedOver).orElseThrow(() ->
                    RenovationRefusals.UNIT_NOT_HANDED_OVER.refuse("unit " + unit.code() + " has not been handed over to an"
                            + " owner on file: its owner applies for a renovation after the handover (EST-04)"));
            requireMayRenovate(unit, "REN-01");
            support.store.renovations().active(unitId).ifPresent(r -> {
                throw RenovationRefusals.RENOVATION_ACTIVE.refuse("unit " + unit.code() + " has renovation " + r.id()
                        + " (" + r.status() + "): one renovation at a time", Map.of("renovation", r.id().toString()));
            });
            var now = support.useCases.now();
            Application application = new Application(a.byProxy(), a.byProxy() ? a.proxyName() : owner.person().name(),
                    a.byProxy() ? a.proxyPhone() : owner.person().mobile(), a.powerOfAttorney(), a.applicationSignedByOwner(),
                    a.commitmentSignedByOwner(), a.agreementDelegated(), a.description(), a.works(), a.drawings(),
                    a.contractor(), actor.id(), now);
            Renovation r = Renovation.apply(unit.estate(), unitId, application, support.today(unit.estate()),
                    support.approvalDue(unit.estate(), now));
            RenovationState stored = support.store.renovations().save(r.state());
            support.useCases.audit(actor, unit.estate(), "renovation.apply", "renovation", stored.id(), unit.code());
            return support.view(stored);
        });
    }

    @Override
    public RenovationView sign(RenovationId id, Sign s) {
        RenovationView signed = support.step(id, "sign the renovation approval for " + s.department(),
                EnumSet.of(s.department().role()), "sign", (r, before, by, at) -> r.sign(s.department(), by, at, s.note()));
        if (signed.status() == io.steward.ports.renovation.RenovationStatus.APPROVED) {
            support.useCases.publish(new RenovationEvents.Decided(signed.estate(), signed.unit(), id, true));
        }
        return signed;
    }

    @Override
    public RenovationView reject(RenovationId id, String reason) {
        String why = io.steward.ports.shared.Texts.required(reason, "the reason told to the owner");
        RenovationView rejected = support.step(id, "reject a renovation", REVIEWERS, "reject",
                (r, before, by, at) -> r.reject(by, at, why));
        support.useCases.publish(new RenovationEvents.Decided(rejected.estate(), rejected.unit(), id, false));
        return rejected;
    }

    @Override
    public RenovationView handOverGuide(RenovationId id, String note) {
        return support.step(id, "hand over the government guide", DESK, "guide",
                (r, before, by, at) -> r.handOverGuide(by, at, io.steward.ports.shared.Texts.optional(note)));
    }

    @Override
    public RenovationView agree(RenovationId id, Agree a) {
        return support.step(id, "record the renovation agreement", DESK, "agree",
                (r, before, by, at) -> r.agree(a, support.policy(before.estate()).renovation(), by, at));
    }

    @Override
    public FeeQuote quote(RenovationId id, int passes) {
        if (passes < 0 || passes > MAX_PASSES) {
            throw new io.steward.ports.shared.InvalidInput("0 to " + MAX_PASSES + " worker passes");
        }
        return support.useCases.run(() -> {
            RenovationState r = support.find(id);
            support.useCases.access().requireReader(r.estate(), r.unit().value(), "renovation", id);
            return quote(r, passes);
        });
    }

    /** REN-05 / DEP-02: the deposit (unless the estate collects none), debris removal by floor area, the passes. */
    private FeeQuote quote(RenovationState r, int passes) {
        EstatePolicy policy = support.policy(r.estate());
        UnitState unit = support.store.estate().unit(r.unit()).orElseThrow();
        List<FeeLine> lines = new ArrayList<>();
        if (policy.deposits().collected() && !policy.deposits().renovationDeposit().isZero()) {
            lines.add(new FeeLine(DEPOSIT, "装修押金 renovation deposit", policy.deposits().renovationDeposit()));
        }
        RenovationRules rules = policy.renovation();
        Fen debris = Fen.of(new java.math.BigDecimal(BigInteger.valueOf(rules.debrisPerSquareMetre().value())
                .multiply(BigInteger.valueOf(unit.area().hundredths()))).divide(java.math.BigDecimal.valueOf(100), 0,
                RoundingMode.HALF_UP).longValueExact());
        if (!debris.isZero()) {
            lines.add(new FeeLine("DEBRIS", "清运费 debris removal, " + unit.area() + " m²", debris));
        }
        Fen passFees = rules.passFee().times(passes);
        if (!passFees.isZero()) {
            lines.add(new FeeLine("PASSES", "出入证 " + passes + " worker pass(es)", passFees));
        }
        Fen total = lines.stream().map(FeeLine::amount).reduce(Fen.ZERO, Fen::plus);
        return new FeeQuote(r.id(), lines, total, passes);
    }

    /** The fee line of the deposit. */
    static final String DEPOSIT = "DEPOSIT";

    @Override
    public RenovationView payFees(RenovationId id, PayFees p) {
        return support.useCases.run(() -> {
            RenovationState r = support.find(id);
            Actor actor = support.useCases.access().require(r.estate(), "renovation", id, "take the renovation fees", TILL);
            if (r.fees() != null && r.fees().receipt().equals(p.receipt()) && r.fees().total().equals(p.total())) {
                return support.view(r); // the same payment again
            }
            new Renovation(r).requirePayable();
            FeeQuote quote = quote(r, p.passes());
            if (!quote.total().equals(p.total())) {
                throw RenovationRefusals.FEES_NOT_AS_QUOTED.refuse("the schedule gives " + quote.total().toYuanString()
                        + " for this renovation, not " + p.total().toYuanString() + ": quote again",
                        Map.of("quoted", quote.total().value(), "given", p.total().value()));
            }
            DepositView deposit = null;
            if (quote.lines().stream().anyMatch(l -> l.code().equals(DEPOSIT))) {
                Application a = r.application();
                boolean owner = p.depositHolder() == HolderKind.OWNER;
                var onFile = owner ? support.store.estate().owner(r.unit()) : java.util.Optional.<ArchiveState>empty();
                String name = owner ? onFile.map(o -> o.person().name()).orElse(a.applicantName()) : a.contractor().name();
                String phone = owner ? onFile.map(o -> o.person().mobile()).orElse(a.applicantPhone()) : a.contractor().phone();
                deposit = deposits.collect(new DepositBook.Collection(p.posting(), r.estate(), r.unit(),
                        DepositPurpose.RENOVATION, r.id().toString(), p.depositHolder(), name, phone, p.receipt()));
            }
            var depositId = deposit == null ? null : deposit.id();
            return support.act(r, actor, "fees", x -> x.paid(quote.lines(), quote.total(), p.passes(), p.receipt(),
                    depositId, actor.id(), support.useCases.now()));
        });
    }

    @Override
    public RenovationView issuePermit(RenovationId id, String permitNumber) {
        String number = io.steward.ports.shared.Texts.required(permitNumber, "the permit number");
        if (number.length() > 40) {
            throw new io.steward.ports.shared.InvalidInput("a permit number is at most 40 characters");
        }
        return support.step(id, "issue the site permit", DESK, "permit", (r, before, by, at) -> r.permit(number,
                support.policy(before.estate()).renovation().servicePhone(), by, at));
    }

    @Override
    public RenovationView registerWorker(RenovationId id, Worker w) {
        return support.step(id, "register a worker pass", DESK, "worker", (r, before, by, at) -> r.register(w, by, at));
    }

    @Override
    public RenovationView inspectEntry(RenovationId id, Entry e) {
        return support.useCases.run(() -> {
            RenovationState r = support.find(id);
            Actor actor = support.useCases.access().require(r.estate(), "renovation", id, "inspect a unit before works",
                    EnumSet.of(Role.FRONT_DESK, Role.ENGINEER));
            UnitState unit = support.store.estate().unit(r.unit()).orElseThrow();
            requireMayRenovate(unit, "REN-07");
            RenovationView view = support.act(r, actor, "entry", x -> x.enter(e, unit.occupancy(), actor.id(),
                    support.useCases.now()));
            // EST-02: the unit becomes RENOVATING through the estate's own process, in this transaction
            support.useCases.publish(new RenovationEvents.WorksStarted(r.estate(), r.unit(), r.id()));
            return view;
        });
    }

    /** EST-02: the statuses from which the estate's process lets a unit become RENOVATING. */
    private static final Set<io.steward.ports.estate.Occupancy> MAY_RENOVATE = EnumSet.of(
            io.steward.ports.estate.Occupancy.VACANT, io.steward.ports.estate.Occupancy.OWNER_OCCUPIED,
            io.steward.ports.estate.Occupancy.OFFICE);

    private static void requireMayRenovate(UnitState unit, String rule) {
        if (!MAY_RENOVATE.contains(unit.occupancy())) {
            throw RenovationRefusals.UNIT_MAY_NOT_RENOVATE.refuseFor(rule, "unit " + unit.code() + " is "
                    + unit.occupancy() + ": a unit renovates when it is vacant or its owner's own (EST-02)",
                    Map.of("occupancy", unit.occupancy().name()));
        }
    }

    @Override
    public RenovationView cancel(RenovationId id, Cancel c) {
        return support.useCases.run(() -> {
            RenovationState r = support.find(id);
            Actor actor = support.useCases.access().require(r.estate(), "renovation", id, "cancel a renovation and refund"
                    + " its deposit", TILL);
            var done = r.settlement().memo();
            if (done != null && c.posting().equals(done.posting())) {
                return support.view(r); // the same cancellation again
            }
            new Renovation(r).requireCancellable();
            var now = support.useCases.now();
            var depositId = r.fees().deposit();
            var memo = refunds.pay(r, depositId == null ? null : refunds.deposit(depositId), c.approval(), c.posting(),
                    c.memo(), "refund the deposit of a cancelled renovation", actor, now);
            return support.act(r, actor, "cancel", x -> x.cancelled(memo, c.reason(), actor.id(), now));
        });
    }

    @Override
    public RenovationView withdraw(RenovationId id, String reason) {
        String why = io.steward.ports.shared.Texts.required(reason, "the reason");
        return support.step(id, "withdraw a renovation", DESK, "withdraw", (r, before, by, at) -> r.withdraw(by, at, why));
    }
}
