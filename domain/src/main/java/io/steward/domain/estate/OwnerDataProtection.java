package io.steward.domain.estate;

import io.steward.domain.shared.Access;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.EstateApprovals;
import io.steward.ports.estate.in.AccessOwnerData;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.out.ApprovalState;

/**
 * EST-08 (004 §12): owner data is masked by default; the archivist approves reading a unit's data, company leadership
 * approves giving an archive outside; every unmasked read, every refused one and every disclosure leaves an audit
 * record. The approvals are the shared mechanism's.
 */
public final class OwnerDataProtection implements AccessOwnerData {
    private final UseCases useCases;
    private final EstateStore store;
    private final Approvals approvals;
    private final Privacy privacy;

    public OwnerDataProtection(UseCases useCases, EstateStore store, Approvals approvals, Privacy privacy) {
        this.useCases = useCases;
        this.store = store;
        this.approvals = approvals;
        this.privacy = privacy;
    }

    private ArchiveState archive(ArchiveId id) {
        return store.archives().find(id).orElseThrow(() -> new NotFound("archive", id));
    }

    @Override
    public ArchiveView read(ArchiveId id) {
        return useCases.run(() -> {
            ArchiveState a = archive(id);
            useCases.access().requireReader(a.estate(), a.unit().value(), "archive", id);
            return Archive.view(a, privacy.unmasked(a.estate(), a.unit(), "archive", id));
        });
    }

    @Override
    public ArchiveView readUnmasked(ArchiveId id) {
        ArchiveState[] found = new ArchiveState[1];
        return privacy.requireUnmasked(() -> {
            ArchiveState a = archive(id);
            useCases.access().require(a.estate(), "archive", id, "read an archive unmasked", Access.STAFF);
            found[0] = a;
            return new Privacy.Located(a.estate(), a.unit());
        }, "archive", id, () -> Archive.view(found[0], true));
    }

    @Override
    public ArchiveView disclose(ArchiveId id, Disclosure disclosure) {
        return useCases.run(() -> {
            ArchiveState a = archive(id);
            Actor actor = useCases.access().require(a.estate(), "archive", id, "disclose owner data", Access.STAFF);
            ApprovalState approval = approvals.use(disclosure.approval(), EstateApprovals.DISCLOSE_PERSONAL_DATA, a.estate(),
                    id.toString(), disclosure.recipient(), "disclosure of archive " + id, actor);
            useCases.audit(actor, a.estate(), "archive.disclose", "archive", id, "to " + disclosure.recipient()
                    + ", approved by " + approval.decidedBy() + " (approval " + approval.id() + ")");
            return Archive.view(a, true);
        });
    }
}
