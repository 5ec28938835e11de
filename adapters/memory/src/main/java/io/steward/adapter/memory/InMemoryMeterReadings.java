package io.steward.adapter.memory;

import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.MeterReading;
import io.steward.ports.estate.out.MeterReadings;
import java.util.List;
import java.util.Optional;

/** Meter readings in memory (append-only). */
public final class InMemoryMeterReadings implements MeterReadings {
    private final AppendLog<MeterReading> log;

    public InMemoryMeterReadings(MemoryTransactions tx) {
        log = new AppendLog<>(tx, MeterReading::unit);
    }

    @Override
    public void append(List<MeterReading> readings) {
        log.append(readings);
    }

    @Override
    public Optional<MeterReading> last(UnitId unit, String meter) {
        return log.of(unit).stream().filter(r -> r.meter().equals(meter)).reduce((a, b) -> b);
    }

    @Override
    public List<MeterReading> ofUnit(UnitId unit) {
        return log.of(unit);
    }
}
