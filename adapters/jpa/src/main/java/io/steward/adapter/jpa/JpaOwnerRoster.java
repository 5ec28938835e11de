package io.steward.adapter.jpa;

import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.OwnerRoster;
import io.steward.ports.estate.out.RosterEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The owner roster as documents, one per unit, replaced on update. */
public final class JpaOwnerRoster implements OwnerRoster {
    private final EntityManagerSource source;
    private final Documents<RosterEntry> lines;

    public JpaOwnerRoster(EntityManagerSource source) {
        this.source = source;
        lines = new Documents<>(source, "ROSTER", RosterEntry.class, Comparator.comparing(r -> r.unit().toString()));
    }

    @Override
    public void put(List<RosterEntry> entries) {
        source.withEntityManager(em -> {
            for (RosterEntry e : entries) {
                DocumentRow row = em.find(DocumentRow.class, new DocumentRow.Key("ROSTER", e.unit().toString()));
                lines.save(e.unit().toString(), e.estate().toString(), e.unit().toString(), null, row == null ? 0 : row.version, e);
            }
            return null;
        });
    }

    @Override
    public Optional<RosterEntry> find(UnitId unit) {
        return lines.find(unit.toString());
    }
}
