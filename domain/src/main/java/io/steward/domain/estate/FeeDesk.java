package io.steward.domain.estate;

import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/** The cashier's side of a unit's fee account (DEP-02, DEP-06). */
public final class FeeDesk implements PostFees {
    private static final Set<Role> CASHIER = Set.of(Role.CASHIER);

    private final UseCases useCases;
    private final EstateStore store;

    public FeeDesk(UseCases useCases, EstateStore store) {
        this.useCases = useCases;
        this.store = store;
    }

    @Override
    public FeeAccountView charge(UnitId unit, Charge charge) {
        return post(unit, "fees.charge", (account, actor) -> account.charge(charge, actor, useCases.now()));
    }

    @Override
    public FeeAccountView pay(UnitId unit, Payment payment) {
        return post(unit, "fees.pay", (account, actor) -> account.payment(payment, "PAYMENT", actor, useCases.now()));
    }

    @Override
    public FeeAccountView reverse(UnitId unit, UUID line, String reason) {
        return post(unit, "fees.reverse", (account, actor) -> account.reverse(line, reason, actor, useCases.now()));
    }

    private FeeAccountView post(UnitId unitId, String action, BiFunction<FeeAccount, Actor, FeeEntry> line) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, action, CASHIER);
            FeeEntry entry = line.apply(store.account(unit), actor);
            store.ledger().append(List.of(entry));
            useCases.audit(actor, unit.estate(), action, "unit", unitId, entry.kind() + " " + entry.amount() + " " + entry.item());
            return store.account(unit).view();
        });
    }
}
