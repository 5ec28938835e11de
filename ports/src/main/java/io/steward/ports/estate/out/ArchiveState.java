package io.steward.ports.estate.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.LocalDate;

/**
 * Stored owner or tenant archive (业主档案 / 租户资料). {@code safetyLetter} references the signed
 * safety-responsibility letter; {@code lease} and {@code ownerCommitment} are a tenant's documents (EST-05).
 */
public record ArchiveState(ArchiveId id, EstateId estate, UnitId unit, Party party, PersonalData person,
                           ArchiveStatus status, LocalDate since, LocalDate until, String safetyLetter,
                           String lease, String ownerCommitment, long version) implements Versioned<ArchiveState> {

    /** The same state as stored under {@code version}: what an adapter answers after a write. */
    @Override
    public ArchiveState withVersion(long version) {
        return new ArchiveState(id, estate, unit, party, person, status, since, until, safetyLetter, lease, ownerCommitment, version);
    }
}
