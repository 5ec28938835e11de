package io.steward.domain.estate;

import io.steward.domain.shared.Access;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.AccessGrantKind;
import io.steward.ports.estate.AccessGrantStatus;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.in.AccessOwnerData;
import io.steward.ports.estate.out.AccessGrantState;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * EST-08 (004 §12): owner data is masked by default; the archivist approves reading it, company leadership
 * approves giving it outside; every unmasked read and every disclosure leaves an audit record.
 */
public final class OwnerDataProtection implements AccessOwnerData {
    private final UseCases useCases;
    private final EstateStore store;

    public OwnerDataProtection(UseCases useCases, EstateStore store) {
        this.useCases = useCases;
        this.store = store;
    }

    private ArchiveState archive(ArchiveId id) {
        return store.archives().find(id).orElseThrow(() -> new NotFound("archive", id));
    }

    @Override
    public ArchiveView read(ArchiveId id) {
        return useCases.run(() -> {
            ArchiveState a = archive(id);
            useCases.access().require(a.estate(), "archive", id, "read an archive", Access.STAFF);
            return Archive.view(a, false);
        });
    }

    @Override
    public ArchiveView readUnmasked(ArchiveId id) {
        return useCases.run(() -> {
            ArchiveState a = archive(id);
            Actor actor = useCases.access().require(a.estate(), "archive", id, "read an archive unmasked", Access.STAFF);
            Instant now = useCases.now();
            AccessGrantState grant = store.grants().ofArchive(id).stream()
                    .filter(g -> AccessRequest.allowsRead(g, actor.id(), now))
                    .findFirst()
                    .orElseThrow(() -> new Refusal("EST-08", "archive-access-not-approved",
                            "reading owner data unmasked needs the archivist's current approval"));
            useCases.audit(actor, a.estate(), "archive.read-unmasked", "archive", id, "approved by " + grant.decidedBy()
                    + " (request " + grant.id() + ")");
            return Archive.view(a, true);
        });
    }

    @Override
    public AccessGrantState request(ArchiveId id, Request request) {
        return useCases.run(() -> {
            ArchiveState a = archive(id);
            Actor actor = useCases.access().require(a.estate(), "archive", id, "ask for access to owner data", Access.STAFF);
            AccessRequest r = AccessRequest.ask(a.estate(), id, request, actor, useCases.now());
            store.grants().save(r.state());
            useCases.audit(actor, a.estate(), "archive.request-" + request.kind().name().toLowerCase(), "archive", id, request.purpose());
            return store.grants().find(r.state().id()).orElseThrow();
        });
    }

    @Override
    public AccessGrantState decide(UUID requestId, boolean approve) {
        return useCases.run(() -> {
            AccessGrantState g = store.grants().find(requestId).orElseThrow(() -> new NotFound("access request", requestId));
            Actor actor = useCases.access().require(g.estate(), "access request", requestId, "decide on access to owner data",
                    Set.of(g.kind().approver()));
            AccessRequest r = new AccessRequest(g);
            int hours = store.estate(g.estate()).policy().archiveAccessHours();
            r.decide(approve, actor, useCases.now(), Duration.ofHours(hours));
            store.grants().save(r.state());
            useCases.audit(actor, g.estate(), "archive." + (approve ? "approve-" : "reject-") + g.kind().name().toLowerCase(),
                    "archive", g.archive(), "request " + requestId);
            return store.grants().find(requestId).orElseThrow();
        });
    }

    @Override
    public ArchiveView disclose(UUID requestId) {
        return useCases.run(() -> {
            AccessGrantState g = store.grants().find(requestId).orElseThrow(() -> new NotFound("access request", requestId));
            Actor actor = useCases.access().require(g.estate(), "access request", requestId, "disclose owner data",
                    Set.of(Role.COMPANY_GM, Role.ARCHIVIST));
            if (g.kind() != AccessGrantKind.DISCLOSE || g.status() != AccessGrantStatus.APPROVED) {
                throw new Refusal("EST-08", "disclosure-not-approved",
                        "owner data goes outside the company only on a disclosure request approved by company leadership");
            }
            useCases.audit(actor, g.estate(), "archive.disclose", "archive", g.archive(), "to " + g.recipient()
                    + ", approved by " + g.decidedBy());
            return Archive.view(archive(g.archive()), true);
        });
    }

    @Override
    public List<AccessGrantState> requests(ArchiveId id) {
        return useCases.run(() -> {
            ArchiveState a = archive(id);
            useCases.access().require(a.estate(), "archive", id, "list access requests", Access.STAFF);
            return store.grants().ofArchive(id);
        });
    }
}
