package io.steward.domain.renovation;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.deposits.DepositApprovals;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.estate.DepositPolicy;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.RenovationRules;
import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationParty;
import io.steward.ports.renovation.RenovationApprovals;
import io.steward.ports.renovation.RenovationRecords.Contractor;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.WorkTouch;
import io.steward.ports.renovation.in.ApplyForRenovation;
import io.steward.ports.renovation.in.ApplyForRenovation.Agree;
import io.steward.ports.renovation.in.ApplyForRenovation.Apply;
import io.steward.ports.renovation.in.ApplyForRenovation.Entry;
import io.steward.ports.renovation.in.ApplyForRenovation.PayFees;
import io.steward.ports.renovation.in.ApplyForRenovation.Sign;
import io.steward.ports.renovation.in.BrowseRenovations;
import io.steward.ports.renovation.in.SettleRenovationDeposit;
import io.steward.ports.renovation.in.SuperviseRenovation;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.in.Approve;
import java.time.LocalDate;
import java.util.Set;

/**
 * Estate LAKE with unit e14-1-0101 (89.50 m²) handed over to 张三; the renovation deposit CNY 3 000, debris removal
 * CNY 15 a m², a worker pass CNY 10, the service phone published; the desk (customer service), an engineer, a guard,
 * a cashier and the project manager.
 */
final class RenovationFixture {
    static final Fen DEPOSIT = Fen.yuan(3_000);
    static final RenovationRules RULES = new RenovationRules(Fen.yuan(15), Fen.yuan(10), "0755-8888 6666",
            "08:00–12:00, 14:00–18:00", "08:00–20:00", null);
    static final Contractor CONTRACTOR = new Contractor("深圳美居装饰", "91440300MA5G0001", LocalDate.of(2030, 1, 1),
            "D244030001", LocalDate.of(2029, 6, 30), "李四", "440301198001011234", LocalDate.of(2035, 1, 1), "13900139000");

    final EstateFixture f = new EstateFixture();
    final ApplyForRenovation desk;
    final SuperviseRenovation supervise;
    final SettleRenovationDeposit settle;
    final BrowseRenovations browse;
    final UnitId unit;

    RenovationFixture() {
        this(new DepositPolicy(true, true, DEPOSIT, Fen.yuan(50)), RULES);
    }

    RenovationFixture(DepositPolicy deposits, RenovationRules rules) {
        f.policy = EstatePolicy.DEFAULT.withDeposits(deposits).withRenovation(rules);
        f.lakeWithUnitHandedOver();
        f.grant("desk", Role.FRONT_DESK);
        f.grant("cs", Role.FRONT_DESK); // the head of customer service, who signs approvals
        f.grant("eng", Role.ENGINEER);
        f.grant("cashier", Role.CASHIER);
        f.grant("pm", Role.PROJECT_MANAGER);
        desk = f.steward.applyForRenovation();
        supervise = f.steward.superviseRenovation();
        settle = f.steward.settleRenovationDeposit();
        browse = f.steward.browseRenovations();
        unit = f.unit("e14-1-0101");
    }

    static Apply application(Set<WorkTouch> works, boolean delegated) {
        return new Apply(false, null, null, null, true, true, delegated, "kitchen and bathroom, new floors", works, "DRW-2026-01",
                CONTRACTOR);
    }

    RenovationView applied() {
        f.as("desk");
        return desk.apply(unit, application(Set.of(), true));
    }

    RenovationView approved() {
        RenovationId id = applied().id();
        f.as("cs");
        desk.sign(id, new Sign(Department.CUSTOMER_SERVICE, null));
        f.as("eng");
        return desk.sign(id, new Sign(Department.ENGINEERING, "drawings fine"));
    }

    RenovationView agreed() {
        RenovationId id = approved().id();
        f.as("desk");
        return desk.agree(id, new Agree(true, RenovationParty.OWNER, "张三", true));
    }

    RenovationView paid(int passes) {
        RenovationId id = agreed().id();
        f.as("cashier");
        Fen total = desk.quote(id, passes).total();
        return desk.payFees(id, new PayFees(PostingId.newId(), passes, total, HolderKind.OWNER, "R-0001"));
    }

    RenovationView inWorks() {
        RenovationId id = paid(2).id();
        f.as("desk");
        desk.issuePermit(id, "SP-001");
        f.as("eng");
        return desk.inspectEntry(id, new Entry(RenovationParty.CONTRACTOR, "李四", "door frame scratched already"));
    }

    RenovationView accepted() {
        return accept(inWorks().id());
    }

    /** REN-10: the owner asks for acceptance; engineering and security pass the works. */
    RenovationView accept(RenovationId id) {
        f.as("desk");
        supervise.requestAcceptance(id, "works finished");
        f.as("eng");
        supervise.accept(id, new SuperviseRenovation.Acceptance(Department.ENGINEERING, null));
        f.as("guard");
        return supervise.accept(id, new SuperviseRenovation.Acceptance(Department.SECURITY, null));
    }

    /** The project manager's approval of a penalty of {@code amount} on the renovation's deposit, asked for by the guard. */
    ApprovalId penaltyApproved(RenovationView r, Fen amount) {
        f.as("guard");
        ApprovalId id = f.approvals.request(new Approve.Request(f.estate, DepositApprovals.PENALTY.code(),
                r.fees().deposit().toString(), "violation notice 1", String.valueOf(amount.value()))).id();
        f.as("pm");
        f.approvals.approve(id, null);
        return id;
    }

    /** The project manager's approval of refunding {@code amount}, asked for by the desk. */
    ApprovalId refundApproved(RenovationId id, Fen amount) {
        f.as("desk");
        ApprovalId approval = f.approvals.request(new Approve.Request(f.estate, RenovationApprovals.REFUND.code(),
                id.toString(), "refund acceptance signed", String.valueOf(amount.value()))).id();
        f.as("pm");
        f.approvals.approve(approval, null);
        return approval;
    }

    /** 3 months and a day on from the fixture's start: the refund of a renovation accepted on its first day is due. */
    void refundDay() {
        f.clock.advance(java.time.Duration.ofDays(93));
    }

    /** The refund's conditions met but the approval and the memo: checked, requested by the owner, signed off by all. */
    void readyForRefund(RenovationId id) {
        f.as("desk");
        settle.checkNeighbours(id, new SettleRenovationDeposit.NeighbourCheck(false, "no leaks downstairs, façade intact"));
        settle.requestRefund(id, new SettleRenovationDeposit.RefundRequest(RenovationParty.OWNER, "张三", null));
        settle.signOff(id, new SettleRenovationDeposit.SignOff(RenovationParty.OWNER, "张三"));
        settle.signOff(id, new SettleRenovationDeposit.SignOff(RenovationParty.CONTRACTOR, "李四"));
        settle.signOff(id, new SettleRenovationDeposit.SignOff(RenovationParty.PROJECT_CENTRE, null));
    }
}
