package io.steward.domain.estate;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.UnitDirectory;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.EstateState;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The estate context's answer to {@link UnitDirectory}, over its own repositories. */
public final class EstateDirectory implements UnitDirectory {
    private final EstateStore store;

    public EstateDirectory(EstateStore store) {
        this.store = store;
    }

    @Override
    public boolean estateExists(EstateId estate) {
        return store.estates().find(estate).isPresent();
    }

    @Override
    public java.time.ZoneId zone(EstateId estate) {
        return store.estate(estate).zone();
    }

    @Override
    public Optional<EstatePolicy> policy(EstateId estate) {
        return store.estates().find(estate).map(EstateState::policy);
    }

    @Override
    public Optional<UnitState> unit(UnitId unit) {
        return store.units().find(unit);
    }

    @Override
    public Optional<ArchiveState> owner(UnitId unit) {
        return store.active(unit, Party.OWNER);
    }

    @Override
    public List<ArchiveState> residents(UnitId unit) {
        return store.archives().ofUnit(unit);
    }

    @Override
    public Optional<ArchiveState> archive(ArchiveId archive) {
        return store.archives().find(archive);
    }

    @Override
    public Optional<HandoverState> lastHandover(UnitId unit) {
        return store.handovers().ofUnit(unit).stream().reduce((a, b) -> b);
    }

    @Override
    public Fen feeArrears(UnitId unit) {
        UnitState u = store.unit(unit);
        return new FeeAccount(u.estate(), unit, store.ledger().totals(unit)).arrears();
    }

    @Override
    public Fen lockedFeeArrears(UnitId unit) {
        UnitState u = store.unit(unit);
        return new FeeAccount(u.estate(), unit, store.ledger().lockTotals(unit)).arrears();
    }

    @Override
    public Optional<OpenCharge> openCharge(UUID line) {
        return store.ledger().find(line)
                .filter(e -> e.kind() == FeeEntryKind.CHARGE && !store.ledger().concerned(line))
                .map(e -> new OpenCharge(e.id(), e.estate(), e.unit(), e.item(), store.estate(e.estate()).item(e.item())
                        .map(FeeItem::category).orElse(FeeCategory.SERVICE), e.amount()));
    }
}
