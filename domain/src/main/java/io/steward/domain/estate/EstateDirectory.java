package io.steward.domain.estate;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.UnitDirectory;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.EstateId;
import java.util.List;
import java.util.Optional;

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
}
