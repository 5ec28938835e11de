package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.ports.estate.Area;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.PeriodFee;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.estate.out.EstateState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An estate: its published fee schedule and its policy. */
public final class Estate {
    private final EstateState state;

    public Estate(EstateState state) {
        this.state = state;
    }

    /**
     * DEP-02 with EST-04/EST-07: the schedule publishes the management fee (物业管理费, category MANAGEMENT) — the fee
     * whose half year a new owner prepays at a transfer.
     */
    public static Estate register(RegisterEstate.Registration r) {
        if (r.fees().stream().noneMatch(f -> f.category() == FeeCategory.MANAGEMENT)) {
            throw EstateRefusals.MANAGEMENT_FEE_MISSING.refuse("the fee schedule publishes the management fee "
                    + "(物业管理费): a fee of category MANAGEMENT", Map.of("fees", r.fees().stream().map(FeeItem::code).toList()));
        }
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

    /** SVC-09: the estate's calendar: the national one with its local holidays. */
    public io.steward.domain.shared.BusinessCalendar calendar(io.steward.domain.shared.BusinessCalendar national) {
        return national.withLocalHolidays(state.policy().localHolidays());
    }

    /** SVC-09: the deadline {@code span} after {@code start} on the estate's calendar, hours and zone. */
    public io.steward.ports.shared.calendar.Deadline deadline(io.steward.domain.shared.BusinessCalendar national,
                                                              Instant start, io.steward.ports.shared.calendar.Span span) {
        return calendar(national).deadline(start, span, zone(), state.policy().serviceHours());
    }

    /** The business day of {@code at} in the estate's time zone. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone());
    }

    /**
     * EST-04 / EST-07: the periodic fees (not metered) of the schedule for a unit of this kind, from {@code from} (the
     * handover or transfer date) for the policy's prepaid months (预收半年), each computed exactly and rounded once on the
     * period's total (DEP-02).
     */
    public List<PeriodFee> prepayment(UnitKind kind, Area area, LocalDate from) {
        int months = state.policy().prepaidMonths();
        LocalDate to = from.plusMonths(months).minusDays(1);
        return state.fees().stream()
                .filter(item -> item.appliesTo(kind) && !item.metered())
                .map(item -> new PeriodFee(item.code(), item.forMonths(area, months), from, to))
                .filter(fee -> !fee.amount().isZero())
                .toList();
    }

    /** The part of {@code fees} that is the management fee (物管费, EST-07). */
    public Fen management(List<PeriodFee> fees) {
        return total(fees.stream().filter(f -> item(f.item()).map(i -> i.category() == FeeCategory.MANAGEMENT).orElse(false))
                .toList());
    }

    public static Fen total(List<PeriodFee> fees) {
        return fees.stream().map(PeriodFee::amount).reduce(Fen.ZERO, Fen::plus);
    }

    public List<FeeItem> fees() {
        return state.fees();
    }

    public Optional<FeeItem> item(String code) {
        return state.fees().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The metered fees (water, power, gas) a unit of this kind is billed by reading. */
    public List<FeeItem> meters(UnitKind kind) {
        return state.fees().stream().filter(f -> f.metered() && f.appliesTo(kind)).toList();
    }
}
