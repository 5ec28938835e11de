package io.steward.domain.estate;

import io.steward.ports.estate.out.Censuses;
import io.steward.ports.estate.out.GoodsPasses;
import io.steward.ports.estate.out.MeterReadings;
import io.steward.ports.estate.out.OwnershipTransfers;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.Archives;
import io.steward.ports.estate.out.EstateLayouts;
import io.steward.ports.estate.out.Estates;
import io.steward.ports.estate.out.FeeLedger;
import io.steward.ports.estate.out.Handovers;
import io.steward.ports.estate.out.OccupancyHistory;
import io.steward.ports.estate.out.OwnerRoster;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.estate.out.Units;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;

/** The estate context's repositories, handed over together by the composition root. */
public record EstateStore(Estates estates, EstateLayouts layouts, Units units, OccupancyHistory history,
                          OwnerRoster roster, Archives archives, Handovers handovers, FeeLedger ledger,
                          GoodsPasses passes, Censuses censuses, MeterReadings meters, OwnershipTransfers transfers) {

    Estate estate(EstateId id) {
        return new Estate(estates.find(id).orElseThrow(() -> new NotFound("estate", id)));
    }

    UnitState unit(UnitId id) {
        return units.find(id).orElseThrow(() -> new NotFound("unit", id));
    }

    /** The unit's active owner or tenant archive, if any (the newest one). */
    java.util.Optional<io.steward.ports.estate.out.ArchiveState> active(UnitId unit, io.steward.ports.estate.Party party) {
        return archives.ofUnit(unit).stream()
                .filter(a -> a.party() == party && a.status() == io.steward.ports.estate.ArchiveStatus.ACTIVE)
                .reduce((a, b) -> b);
    }

    /** The unit's account, as it stands (its totals). */
    FeeAccount account(UnitState unit) {
        return new FeeAccount(unit.estate(), unit.id(), ledger.totals(unit.id()));
    }

    /** The unit's account, held for a write until the transaction ends: a concurrent write to it waits. */
    FeeAccount accountForUpdate(UnitState unit) {
        return new FeeAccount(unit.estate(), unit.id(), ledger.lockTotals(unit.id()));
    }

    /** What a caller sees of the account: its totals and its latest lines. */
    io.steward.ports.estate.FeeAccountView view(UnitState unit, FeeAccount account) {
        return account.view(ledger.recent(unit.id(), io.steward.ports.estate.FeeAccountView.RECENT));
    }
}
