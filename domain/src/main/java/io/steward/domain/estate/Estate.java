package io.steward.domain.estate;

import io.steward.ports.estate.Area;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.estate.out.EstateState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** An estate: its published fee schedule and its policy. */
public final class Estate {
    private final EstateState state;

    public Estate(EstateState state) {
        this.state = state;
    }

    public static Estate register(RegisterEstate.Registration r) {
        return new Estate(new EstateState(EstateId.newId(), r.code(), r.name(), r.zone(), r.fees(), r.policy(), 0));
    }

    public EstateState state() {
        return state;
    }

    public EstateId id() {
        return state.id();
    }

    public EstatePolicy policy() {
        return state.policy();
    }

    public ZoneId zone() {
        return ZoneId.of(state.zone());
    }

    /** One fee of a prepayment: the item, the amount for the whole period, and the period. */
    public record PrepaidFee(String item, Fen amount, LocalDate from, LocalDate to) {
    }

    /**
     * EST-04 / EST-07: fees computed from {@code from} (the handover or transfer date) for the policy's prepaid
     * months (预收半年), from the published schedule (DEP-02), each rounded to the fen per month.
     */
    public List<PrepaidFee> prepayment(UnitKind kind, Area area, LocalDate from) {
        int months = state.policy().prepaidMonths();
        LocalDate to = from.plusMonths(months).minusDays(1);
        return state.fees().stream()
                .filter(item -> item.appliesTo(kind))
                .map(item -> new PrepaidFee(item.code(), item.monthly(area).times(months), from, to))
                .filter(fee -> !fee.amount().isZero())
                .toList();
    }

    public static Fen total(List<PrepaidFee> fees) {
        return fees.stream().map(PrepaidFee::amount).reduce(Fen.ZERO, Fen::plus);
    }

    public List<FeeItem> fees() {
        return state.fees();
    }
}
