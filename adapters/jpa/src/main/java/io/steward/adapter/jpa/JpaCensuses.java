package io.steward.adapter.jpa;

import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.CensusLine;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.CensusState;
import io.steward.ports.estate.out.Censuses;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Census rounds (EST-03): the round a document keyed by estate and month, its lines rows of {@code census_line}, so
 * that a batch of checks reads and writes its own lines only.
 */
public final class JpaCensuses implements Censuses {
    private final EntityManagerSource source;
    private final Documents<CensusState> docs;

    public JpaCensuses(EntityManagerSource source) {
        this.source = source;
        docs = new Documents<>(source, "CENSUS", CensusState.class, Comparator.comparing(CensusState::month));
    }

    @Override
    public Optional<CensusState> find(CensusId id) {
        return docs.find(id.toString());
    }

    @Override
    public CensusState save(CensusState s, List<CensusLine> lines) {
        CensusState stored = s.withVersion(s.version() + 1);
        docs.save(s.id().toString(), s.estate().toString(), null, s.month(), s.version(), stored);
        source.withEntityManager(em -> {
            String census = s.id().toString();
            for (CensusLine l : lines) {
                // a line read by this transaction is managed already: found without a statement
                CensusLineRow row = s.version() == 0 ? null : em.find(CensusLineRow.class, new CensusLineRow.Key(census, l.code()));
                boolean fresh = row == null;
                if (fresh) {
                    row = new CensusLineRow();
                    row.censusId = census;
                    row.code = l.code();
                }
                row.unitId = l.unit().toString();
                row.registered = l.registered().name();
                row.observed = l.observed() == null ? null : l.observed().name();
                row.checkedBy = l.checkedBy();
                row.checkedAt = l.checkedAt();
                row.note = l.note();
                row.correctedBy = l.correctedBy();
                row.correctedAt = l.correctedAt();
                if (fresh) {
                    em.persist(row);
                }
            }
            em.flush();
            return null;
        });
        return stored;
    }

    /**
     * The lines of a batch, joined with its codes as a table ({@link CodeTable}), read as entities, so that the save
     * that follows finds them managed, without a statement each.
     */
    @Override
    public List<CensusLine> lines(CensusId id, Collection<String> unitCodes) {
        List<String> codes = unitCodes.stream().distinct().toList();
        return source.withEntityManager(em -> {
            List<CensusLine> found = new ArrayList<>();
            for (int from = 0; from < codes.size(); from += CodeTable.SLICE) {
                List<String> slice = codes.subList(from, Math.min(codes.size(), from + CodeTable.SLICE));
                var query = em.createNativeQuery("SELECT l.census_id, l.code, l.unit_id, l.registered, l.observed,"
                        + " l.checked_by, l.checked_at, l.note, l.corrected_by, l.corrected_at FROM census_line l JOIN "
                        + CodeTable.values(slice.size(), 2, "v") + " ON l.code = v.code WHERE l.census_id = ?1",
                        CensusLineRow.class).setParameter(1, id.toString());
                for (Object row : CodeTable.bind(query, slice, 2).getResultList()) {
                    found.add(line((CensusLineRow) row));
                }
            }
            found.sort(Comparator.comparing(CensusLine::code));
            return found;
        });
    }

    @Override
    public Page<CensusLine> lines(CensusId id, boolean uncheckedOnly, PageRequest page) {
        return source.withEntityManager(em -> {
            String where = " from CensusLineRow l where l.censusId = :c" + (uncheckedOnly ? " and l.observed is null" : "");
            long total = em.createQuery("select count(l)" + where, Long.class).setParameter("c", id.toString())
                    .getSingleResult();
            List<CensusLine> items = read(em, "select l" + where + " order by l.code", id)
                    .setFirstResult((int) Math.min(Integer.MAX_VALUE, page.offset())).setMaxResults(page.size())
                    .getResultList().stream().map(JpaCensuses::line).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    @Override
    public List<CensusLine> lines(CensusId id) {
        return source.withEntityManager(em -> read(em, "select l from CensusLineRow l where l.censusId = :c order by l.code", id)
                .getResultList().stream().map(JpaCensuses::line).toList());
    }

    private static jakarta.persistence.TypedQuery<CensusLineRow> read(EntityManager em, String jpql, CensusId id) {
        return em.createQuery(jpql, CensusLineRow.class).setParameter("c", id.toString());
    }

    private static CensusLine line(CensusLineRow r) {
        return new CensusLine(UnitId.parse(r.unitId), r.code, Occupancy.valueOf(r.registered),
                r.observed == null ? null : Occupancy.valueOf(r.observed), r.checkedBy, r.checkedAt, r.note, r.correctedBy,
                r.correctedAt);
    }

    @Override
    public List<CensusState> ofEstate(EstateId estate) {
        return docs.byEstate(estate.toString(), null, null);
    }
}
