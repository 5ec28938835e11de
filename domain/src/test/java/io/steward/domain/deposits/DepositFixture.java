package io.steward.domain.deposits;

import io.steward.domain.assembly.Steward;
import io.steward.domain.estate.EstateDirectory;
import io.steward.domain.estate.EstateFixture;
import io.steward.domain.shared.Access;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.deposits.DepositApprovals;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.in.KeepDeposits;
import io.steward.ports.estate.DepositPolicy;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.in.Approve;

/**
 * Estate LAKE with unit e14-1-0101 handed over, deposits collected at CNY 2 000 for a renovation, a cashier, an
 * engineer and a project manager.
 */
final class DepositFixture {
    static final Fen RENOVATION_DEPOSIT = Fen.yuan(2_000);

    final EstateFixture f = new EstateFixture();
    final KeepDeposits desk;
    /**
     * The book as the processes that collect deposits hold it (renovation fees REN-05, a parking card DEP-05): built
     * here over the same adapters, since the assembly hands it to those processes only, never to an application.
     */
    final DepositBook book;
    UnitId unit;

    DepositFixture() {
        this(new DepositPolicy(true, true, RENOVATION_DEPOSIT, Fen.yuan(50)));
    }

    DepositFixture(DepositPolicy rules) {
        f.policy = EstatePolicy.DEFAULT.withDeposits(rules);
        f.lakeWithUnitHandedOver();
        f.grant("cashier", Role.CASHIER);
        f.grant("engineer", Role.ENGINEER);
        f.grant("pm", Role.PROJECT_MANAGER);
        f.grant("clerk", Role.FRONT_DESK);
        unit = f.unit("e14-1-0101");
        desk = f.steward.keepDeposits();
        UseCases useCases = new UseCases(f.memory.transactions, f.memory.audit, f.memory.events, f.clock,
                new Access(f.caller::get, f.memory.roles));
        Approvals approvals = new Approvals(useCases, f.memory.approvals, Steward.purposes(), (e, p) -> p.validity());
        book = new DepositBook(useCases, new DepositStore(f.memory.deposits, f.memory.depositLedger)
                .connectedTo(new EstateDirectory(f.store)), approvals, new Privacy(useCases, approvals));
    }

    /** The collection a renovation's fee step makes (REN-05), through the book the processes hold. */
    DepositView collect(DepositPurpose purpose) {
        f.as("cashier");
        return book.collect(new DepositBook.Collection(PostingId.newId(), f.estate, unit, purpose,
                "renovation R-1", HolderKind.OWNER, "张三", "13800138000", "R-0001"));
    }

    /** The project manager's approval of a penalty of {@code amount} on the deposit, asked for by the engineer. */
    ApprovalId penaltyApproved(DepositView deposit, Fen amount) {
        f.as("engineer");
        ApprovalId id = f.approvals.request(new Approve.Request(f.estate, DepositApprovals.PENALTY.code(),
                deposit.id().toString(), "violation notice V-7: security bars fitted", String.valueOf(amount.value()))).id();
        f.as("pm");
        f.approvals.approve(id, null);
        f.as("cashier");
        return id;
    }

    ApprovalId reversalApproved(PostingId entry) {
        f.as("cashier");
        ApprovalId id = f.approvals.request(new Approve.Request(f.estate, DepositApprovals.REVERSAL.code(), entry.toString(),
                "posted on the wrong deposit", null)).id();
        f.as("pm");
        f.approvals.approve(id, null);
        f.as("cashier");
        return id;
    }
}
