package io.steward.adapter.memory;

import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.out.ApprovalRecords;
import io.steward.ports.shared.out.ApprovalState;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Approvals in memory. */
public final class InMemoryApprovalRecords implements ApprovalRecords {
    private final VersionedTable<ApprovalId, ApprovalState> table;

    public InMemoryApprovalRecords(MemoryTransactions tx) {
        table = new VersionedTable<>("approval", ApprovalState::id, tx);
    }

    @Override
    public Optional<ApprovalState> find(ApprovalId id) {
        return table.find(id);
    }

    @Override
    public ApprovalState save(ApprovalState state) {
        return table.save(state);
    }

    @Override
    public Page<ApprovalState> ofEstate(EstateId estate, ApprovalStatus status, PageRequest page) {
        return Page.of(table.where(a -> a.estate().equals(estate) && (status == null || a.status() == status)).stream()
                .sorted(Comparator.comparing(ApprovalState::requestedAt).reversed()).toList(), page);
    }

    @Override
    public List<ApprovalState> about(EstateId estate, String subject) {
        return table.where(a -> a.estate().equals(estate) && a.subject().equals(subject)).stream()
                .sorted(Comparator.comparing(ApprovalState::requestedAt)).toList();
    }
}
