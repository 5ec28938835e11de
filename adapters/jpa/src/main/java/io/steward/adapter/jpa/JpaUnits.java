package io.steward.adapter.jpa;

import io.steward.ports.shared.StoreConflict;
import io.steward.ports.estate.Area;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.estate.out.Units;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.out.Versioned;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Units on JPA, with columns for every field (they are listed, filtered, counted and bulk-loaded). */
public final class JpaUnits implements Units {
    private final EntityManagerSource source;

    public JpaUnits(EntityManagerSource source) {
        this.source = source;
    }

    static UnitState state(UnitRow r) {
        return new UnitState(UnitId.parse(r.id), EstateId.parse(r.estateId),
                new UnitAddress(r.cluster, r.building, r.entrance, r.floor, r.number), UnitKind.valueOf(r.kind),
                new Area(r.areaHundredths), Occupancy.valueOf(r.occupancy), r.note, r.version);
    }

    private static void fill(UnitRow r, UnitState s) {
        r.estateId = s.estate().toString();
        r.code = s.code();
        r.cluster = s.address().cluster();
        r.building = s.address().building();
        r.entrance = s.address().entrance();
        r.floor = s.address().floor();
        r.number = s.address().number();
        r.kind = s.kind().name();
        r.areaHundredths = s.area().hundredths();
        r.occupancy = s.occupancy().name();
        r.note = s.note();
    }

    @Override
    public Optional<UnitState> find(UnitId id) {
        return source.withEntityManager(em -> Optional.ofNullable(em.find(UnitRow.class, id.toString())).map(JpaUnits::state));
    }

    @Override
    public Optional<UnitState> findByCode(EstateId estate, String code) {
        return source.withEntityManager(em -> em.createQuery("select u from UnitRow u where u.estateId = :e and u.code = :c", UnitRow.class)
                .setParameter("e", estate.toString()).setParameter("c", code).getResultStream().findFirst().map(JpaUnits::state));
    }

    @Override
    public void insertAll(List<UnitState> units) {
        source.withEntityManager(em -> {
            Map<EstateId, Set<String>> taken = new java.util.HashMap<>();
            Set<String> seen = new HashSet<>();
            for (UnitState u : units) {
                Set<String> codes = taken.computeIfAbsent(u.estate(), this::codes);
                if (codes.contains(u.code()) || !seen.add(u.estate() + "|" + u.code())) {
                    throw StoreConflict.duplicate("unit code", u.code());
                }
            }
            List<UnitRow> rows = new java.util.ArrayList<>(units.size());
            for (UnitState u : units) {
                Versioned.expect("unit", u.id(), 0, u.version());
                UnitRow row = new UnitRow();
                row.id = u.id().toString();
                fill(row, u);
                rows.add(row);
            }
            Batches.persistAll(em, rows);
            return null;
        });
    }

    @Override
    public UnitState save(UnitState s) {
        return source.withEntityManager(em -> {
            UnitRow row = em.find(UnitRow.class, s.id().toString());
            if (row == null) {
                throw new ConcurrentUpdate("unit", s.id(), s.version()); // units are inserted by insertAll only
            }
            Versioned.expect("unit", s.id(), row.version, s.version());
            fill(row, s);
            em.flush();
            return s.withVersion(row.version);
        });
    }

    @Override
    public Page<UnitState> list(EstateId estate, String building, Occupancy occupancy, PageRequest page) {
        return source.withEntityManager(em -> {
            String where = " from UnitRow u where u.estateId = :e" + (building == null ? "" : " and u.building = :b")
                    + (occupancy == null ? "" : " and u.occupancy = :o");
            TypedQuery<Long> count = bind(em.createQuery("select count(u)" + where, Long.class), estate, building, occupancy);
            TypedQuery<UnitRow> rows = bind(em.createQuery("select u" + where + " order by u.code", UnitRow.class), estate, building, occupancy);
            List<UnitState> items = rows.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(JpaUnits::state).toList();
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, EstateId estate, String building, Occupancy occupancy) {
        q.setParameter("e", estate.toString());
        if (building != null) {
            q.setParameter("b", building);
        }
        if (occupancy != null) {
            q.setParameter("o", occupancy.name());
        }
        return q;
    }

    @Override
    public Map<Occupancy, Long> countByOccupancy(EstateId estate) {
        return source.withEntityManager(em -> {
            Map<Occupancy, Long> counts = new EnumMap<>(Occupancy.class);
            for (Object[] row : em.createQuery("select u.occupancy, count(u) from UnitRow u where u.estateId = :e group by u.occupancy",
                    Object[].class).setParameter("e", estate.toString()).getResultList()) {
                counts.put(Occupancy.valueOf((String) row[0]), ((Number) row[1]).longValue());
            }
            return counts;
        });
    }

    @Override
    public Map<String, Occupancy> occupancies(EstateId estate, java.util.Collection<String> codes) {
        List<String> all = List.copyOf(new HashSet<>(codes));
        Map<String, Occupancy> found = new java.util.HashMap<>();
        source.withEntityManager(em -> {
            // the batch's codes as a table to join with, a slice at a time (CodeTable)
            for (int from = 0; from < all.size(); from += CodeTable.SLICE) {
                List<String> slice = all.subList(from, Math.min(all.size(), from + CodeTable.SLICE));
                var query = em.createNativeQuery("SELECT u.code, u.occupancy FROM unit u JOIN "
                        + CodeTable.values(slice.size(), 2, "v") + " ON u.code = v.code WHERE u.estate_id = ?1")
                        .setParameter(1, estate.toString());
                for (Object row : CodeTable.bind(query, slice, 2).getResultList()) {
                    Object[] r = (Object[]) row;
                    found.put((String) r[0], Occupancy.valueOf((String) r[1]));
                }
            }
            return null;
        });
        return found;
    }

    @Override
    public Set<String> codes(EstateId estate) {
        return source.withEntityManager(em -> new HashSet<>(em.createQuery("select u.code from UnitRow u where u.estateId = :e", String.class)
                .setParameter("e", estate.toString()).getResultList()));
    }

}
