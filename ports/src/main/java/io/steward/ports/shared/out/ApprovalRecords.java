package io.steward.ports.shared.out;

import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The approvals of every estate. */
public interface ApprovalRecords {
    Optional<ApprovalState> find(ApprovalId id);

    /**
     * Optimistic write (version 0 = new): a stale version is a {@code ConcurrentUpdate}, so an approval is decided once
     * and consumed once even when two requests race. Answers the approval as stored, with its new version.
     */
    ApprovalState save(ApprovalState state);

    /** The estate's approvals, newest request first, optionally only those in one status. */
    Page<ApprovalState> ofEstate(EstateId estate, ApprovalStatus status, PageRequest page);

    /** The approvals about one subject of the estate, oldest first. */
    List<ApprovalState> about(EstateId estate, String subject);
}
