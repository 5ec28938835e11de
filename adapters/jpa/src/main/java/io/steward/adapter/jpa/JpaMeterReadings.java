package io.steward.adapter.jpa;

import io.steward.ports.estate.Reading;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.MeterReading;
import io.steward.ports.estate.out.MeterReadings;
import io.steward.ports.shared.EstateId;
import java.util.List;
import java.util.Optional;

/** Meter readings on JPA: insert-only rows, in the order they were read. */
public final class JpaMeterReadings implements MeterReadings {
    private final EntityManagerSource source;

    public JpaMeterReadings(EntityManagerSource source) {
        this.source = source;
    }

    @Override
    public void append(List<MeterReading> readings) {
        source.withEntityManager(em -> {
            for (MeterReading r : readings) {
                MeterReadingRow row = new MeterReadingRow();
                row.estateId = r.estate().toString();
                row.unitId = r.unit().toString();
                row.meter = r.meter();
                row.thousandths = r.reading().thousandths();
                row.at = r.at();
                row.actor = r.actor();
                row.reference = r.reference();
                em.persist(row);
            }
            em.flush();
            return null;
        });
    }

    private static MeterReading reading(MeterReadingRow r) {
        return new MeterReading(UnitId.parse(r.unitId), EstateId.parse(r.estateId), r.meter, new Reading(r.thousandths), r.at,
                r.actor, r.reference);
    }

    @Override
    public Optional<MeterReading> last(UnitId unit, String meter) {
        return source.withEntityManager(em -> em.createQuery("select r from MeterReadingRow r where r.unitId = :u and r.meter = :m"
                        + " order by r.seq desc", MeterReadingRow.class).setParameter("u", unit.toString()).setParameter("m", meter)
                .setMaxResults(1).getResultList().stream().findFirst().map(JpaMeterReadings::reading));
    }

    @Override
    public List<MeterReading> ofUnit(UnitId unit) {
        return source.withEntityManager(em -> em.createQuery("select r from MeterReadingRow r where r.unitId = :u order by r.seq",
                MeterReadingRow.class).setParameter("u", unit.toString()).getResultList().stream()
                .map(JpaMeterReadings::reading).toList());
    }
}
