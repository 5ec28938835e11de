package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.MeterReading;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's meters (DEP-02 with EST-04, EST-06, EST-07): each metered fee of the schedule is a meter; a reading is a
 * number in the meter's unit; the consumption since the last reading is billed at the published rate, computed and
 * rounded once. The meters are read at the joint inspection (where the owner's bills start), at a tenant's move-out and
 * at a transfer, so that "every charge up to the date" includes water, electricity and gas.
 */
final class Meters {
    private final EstateStore store;

    Meters(EstateStore store) {
        this.store = store;
    }

    /** The metered fee a reading names: of the schedule, metered, for this kind of unit. */
    private static FeeItem meter(Estate estate, UnitState unit, String code) {
        return estate.item(code).filter(i -> i.metered() && i.appliesTo(unit.kind())).orElseThrow(() -> EstateRefusals.NOT_A_METER_OF_THE_UNIT.refuse(code + " is not a metered fee of the schedule for a " + unit.kind(),
                Map.of("meter", code, "meters", estate.meters(unit.kind()).stream().map(FeeItem::code).toList())));
    }

    /**
     * Records the readings and answers the charges for the consumption since each meter's last reading (none for a
     * meter read for the first time). A reading below the last one is refused: a replaced meter is registered anew.
     */
    List<FeeEntry> read(Estate estate, UnitState unit, FeeAccount account, List<PostFees.Read> reads, String reference,
                        Actor actor, Instant at) {
        List<MeterReading> recorded = new ArrayList<>();
        List<FeeEntry> charges = new ArrayList<>();
        for (PostFees.Read read : reads) {
            FeeItem item = meter(estate, unit, read.meter());
            Optional<MeterReading> last = store.meters().last(unit.id(), item.code());
            if (last.isPresent()) {
                long consumed = read.reading().thousandths() - last.get().reading().thousandths();
                if (consumed < 0) {
                    throw EstateRefusals.READING_BELOW_LAST.refuse("meter " + item.code() + " read " + read.reading()
                            + " " + item.meterUnit() + ", below its last reading " + last.get().reading(),
                            Map.of("meter", item.code(), "last", last.get().reading().toString(), "reading",
                                    read.reading().toString()));
                }
                Fen amount = item.forConsumption(consumed);
                if (!amount.isZero()) {
                    charges.add(account.charge(new PostFees.Charge(item.code(), amount, estate.day(last.get().at()),
                            estate.day(at), "meter " + item.code() + " " + last.get().reading() + " → " + read.reading() + " "
                            + item.meterUnit()), actor, at));
                }
            }
            recorded.add(new MeterReading(unit.id(), unit.estate(), item.code(), read.reading(), at, actor.id(), reference));
        }
        store.meters().append(recorded);
        return charges;
    }

    /** Records where the meters stand without billing (EST-04: the joint inspection, where the owner's bills start). */
    void baseline(Estate estate, UnitState unit, List<PostFees.Read> reads, String reference, Actor actor, Instant at) {
        List<String> missing = unread(estate, unit, reads.stream().map(PostFees.Read::meter).toList());
        if (!missing.isEmpty()) {
            throw EstateRefusals.METERS_NOT_READ_EST04.refuse("the joint inspection reads every meter of the unit: "
                    + missing, Map.of("meters", missing));
        }
        List<MeterReading> recorded = new ArrayList<>();
        for (PostFees.Read read : reads) {
            FeeItem item = meter(estate, unit, read.meter());
            recorded.add(new MeterReading(unit.id(), unit.estate(), item.code(), read.reading(), at, actor.id(), reference));
        }
        store.meters().append(recorded);
    }

    /** Refuses when a meter of the unit has no reading on or after {@code day} (EST-06, EST-07: read on the day). */
    void requireReadSince(Estate estate, UnitState unit, LocalDate day, String rule) {
        List<String> missing = estate.meters(unit.kind()).stream().map(FeeItem::code)
                .filter(code -> store.meters().last(unit.id(), code).filter(r -> !estate.day(r.at()).isBefore(day)).isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            throw EstateRefusals.METERS_NOT_READ_GIVEN.refuseFor(rule,  "read the unit's meters first (on or after " + day + "): " + missing
                    + " — their consumption is billed and settled before", Map.of("meters", missing, "since", day.toString()));
        }
    }

    private static List<String> unread(Estate estate, UnitState unit, List<String> read) {
        return estate.meters(unit.kind()).stream().map(FeeItem::code).filter(code -> !read.contains(code)).toList();
    }
}
