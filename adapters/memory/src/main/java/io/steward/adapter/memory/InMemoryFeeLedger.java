package io.steward.adapter.memory;

import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.FeeLedger;
import io.steward.ports.estate.out.FeeTotals;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Fee accounts in memory (append-only), with each unit's totals and an index of lines by id and by what they concern. */
public final class InMemoryFeeLedger implements FeeLedger {
    private final MemoryTransactions tx;
    private final AppendLog<FeeEntry> log;
    private final Map<UnitId, FeeTotals> totals = new HashMap<>();
    private final Map<UUID, FeeEntry> byId = new HashMap<>();
    private final Set<UUID> concerned = new HashSet<>();

    public InMemoryFeeLedger(MemoryTransactions tx) {
        this.tx = tx;
        log = new AppendLog<>(tx, FeeEntry::unit);
    }

    @Override
    public void append(List<FeeEntry> entries) {
        List<FeeEntry> copy = List.copyOf(entries);
        log.append(copy);
        Map<UnitId, FeeTotals> before = new HashMap<>();
        tx.change(() -> {
            synchronized (this) {
                for (FeeEntry e : copy) {
                    before.putIfAbsent(e.unit(), totals.get(e.unit()));
                    totals.put(e.unit(), totals.getOrDefault(e.unit(), FeeTotals.NONE).plus(List.of(e)));
                    byId.put(e.id(), e);
                    if (e.reverses() != null) {
                        concerned.add(e.reverses());
                    }
                }
            }
        }, () -> {
            synchronized (this) {
                before.forEach((unit, t) -> {
                    if (t == null) {
                        totals.remove(unit);
                    } else {
                        totals.put(unit, t);
                    }
                });
                for (FeeEntry e : copy) {
                    byId.remove(e.id());
                    if (e.reverses() != null) {
                        concerned.remove(e.reverses());
                    }
                }
            }
        });
    }

    @Override
    public synchronized FeeTotals totals(UnitId unit) {
        return totals.getOrDefault(unit, FeeTotals.NONE);
    }

    /** Transactions in memory are serialised: holding the totals is reading them. */
    @Override
    public FeeTotals lockTotals(UnitId unit) {
        return totals(unit);
    }

    @Override
    public synchronized Optional<FeeEntry> find(UUID line) {
        return Optional.ofNullable(byId.get(line));
    }

    @Override
    public synchronized boolean concerned(UUID line) {
        return concerned.contains(line);
    }

    @Override
    public List<FeeEntry> recent(UnitId unit, int max) {
        int size = log.size(unit);
        return log.slice(unit, Math.max(0, size - max), size);
    }

    @Override
    public Page<FeeEntry> ofUnit(UnitId unit, PageRequest page) {
        int from = (int) Math.min(Integer.MAX_VALUE, (long) page.page() * page.size());
        return new Page<>(log.slice(unit, from, from + page.size()), page.page(), page.size(), log.size(unit));
    }

    @Override
    public List<FeeEntry> openCharges(UnitId unit, LocalDate coveringFrom) {
        return log.of(unit).stream().filter(e -> e.kind() == FeeEntryKind.CHARGE && !concerned(e.id()))
                .filter(e -> coveringFrom == null || (e.periodTo() != null && !e.periodTo().isBefore(coveringFrom)))
                .toList();
    }
}
