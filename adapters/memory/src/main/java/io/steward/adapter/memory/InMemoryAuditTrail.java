package io.steward.adapter.memory;

import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.out.AuditTrail;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** The audit trail in memory (append-only). */
public final class InMemoryAuditTrail implements AuditTrail {
    private final AppendLog<AuditRecord> log;

    public InMemoryAuditTrail(MemoryTransactions tx) {
        log = new AppendLog<>(tx);
    }

    @Override
    public void append(AuditRecord record) {
        log.append(List.of(record));
    }

    private Page<AuditRecord> newestFirst(Predicate<AuditRecord> filter, PageRequest page) {
        List<AuditRecord> all = new ArrayList<>(log.where(filter));
        Collections.reverse(all);
        return Page.of(all, page);
    }

    /** Every record, oldest first (tests and demos look at the whole trail). */
    public List<AuditRecord> all() {
        return new ArrayList<>(log.where(r -> true));
    }

    @Override
    public Page<AuditRecord> ofEstate(EstateId estate, PageRequest page) {
        return newestFirst(r -> estate.equals(r.estate()), page);
    }

    @Override
    public Page<AuditRecord> ofObject(String objectType, String objectId, PageRequest page) {
        return newestFirst(r -> r.objectType().equals(objectType) && r.objectId().equals(objectId), page);
    }
}
