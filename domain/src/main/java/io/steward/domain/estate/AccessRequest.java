package io.steward.domain.estate;

import io.steward.ports.estate.AccessGrantKind;
import io.steward.ports.estate.AccessGrantStatus;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.in.AccessOwnerData;
import io.steward.ports.estate.out.AccessGrantState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * EST-08: a request to read owner data unmasked (the archivist approves, for a limited time) or to disclose it
 * outside the company (company leadership approves). Nobody approves their own request.
 */
public final class AccessRequest {
    private AccessGrantState s;

    public AccessRequest(AccessGrantState state) {
        this.s = state;
    }

    public static AccessRequest ask(EstateId estate, ArchiveId archive, AccessOwnerData.Request r, Actor actor, Instant at) {
        return new AccessRequest(new AccessGrantState(UUID.randomUUID(), estate, archive, r.kind(), actor.id(), r.purpose(),
                r.recipient(), AccessGrantStatus.PENDING, null, at, null, null, 0));
    }

    public AccessGrantState state() {
        return s;
    }

    /** The approver's role was checked by the caller; here: pending only, and never one's own request. */
    public void decide(boolean approve, Actor approver, Instant at, Duration validity) {
        if (s.status() != AccessGrantStatus.PENDING) {
            throw new Refusal("EST-08", "access-request-decided", "the request was already " + s.status(),
                    Map.of("status", s.status().name()));
        }
        if (approver.id().equals(s.requestedBy())) {
            throw new Refusal("EST-08", "self-approval", "nobody approves their own request for owner data");
        }
        Instant expires = approve && s.kind() == AccessGrantKind.READ ? at.plus(validity) : null;
        s = new AccessGrantState(s.id(), s.estate(), s.archive(), s.kind(), s.requestedBy(), s.purpose(), s.recipient(),
                approve ? AccessGrantStatus.APPROVED : AccessGrantStatus.REJECTED, approver.id(), s.requestedAt(), at,
                expires, s.version());
    }

    /** Whether this is an approved, unexpired READ grant of {@code actor}. */
    public static boolean allowsRead(AccessGrantState g, String actorId, Instant now) {
        return g.kind() == AccessGrantKind.READ && g.status() == AccessGrantStatus.APPROVED
                && g.requestedBy().equals(actorId) && g.expiresAt() != null && now.isBefore(g.expiresAt());
    }
}
