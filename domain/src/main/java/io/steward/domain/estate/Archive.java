package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.shared.EstateId;
import java.time.LocalDate;

/** An owner or tenant archive (业主档案). Closed archives are marked with a date, never deleted. */
public final class Archive {
    private ArchiveState s;

    public Archive(ArchiveState state) {
        this.s = state;
    }

    public static Archive owner(EstateId estate, UnitId unit, PersonalData person, LocalDate since) {
        return new Archive(new ArchiveState(ArchiveId.newId(), estate, unit, Party.OWNER, person, ArchiveStatus.ACTIVE,
                since, null, null, null, null, 0));
    }

    /** EST-05: a tenant's archive holds the owner's commitment letter, the lease and the signed safety letter. */
    public static Archive tenant(EstateId estate, UnitId unit, PersonalData person, LocalDate since, String ownerCommitment,
                                 String lease, String safetyLetter) {
        return new Archive(new ArchiveState(ArchiveId.newId(), estate, unit, Party.TENANT, person, ArchiveStatus.ACTIVE,
                since, null, safetyLetter, lease, ownerCommitment, 0));
    }

    public ArchiveState state() {
        return s;
    }

    public void safetyLetterSigned(String reference) {
        s = new ArchiveState(s.id(), s.estate(), s.unit(), s.party(), s.person(), s.status(), s.since(), s.until(),
                reference, s.lease(), s.ownerCommitment(), s.version());
    }

    public void since(LocalDate date) {
        s = new ArchiveState(s.id(), s.estate(), s.unit(), s.party(), s.person(), s.status(), date, s.until(),
                s.safetyLetter(), s.lease(), s.ownerCommitment(), s.version());
    }

    /** EST-04 / EST-06 / EST-07: the archive is closed with a status and a date. */
    public void close(ArchiveStatus status, LocalDate until) {
        if (s.status() != ArchiveStatus.ACTIVE) {
            throw EstateRefusals.ARCHIVE_ALREADY_CLOSED.refuse("the archive is " + s.status());
        }
        s = new ArchiveState(s.id(), s.estate(), s.unit(), s.party(), s.person(), status, s.since(), until,
                s.safetyLetter(), s.lease(), s.ownerCommitment(), s.version());
    }

    /** EST-08: masked unless explicitly unmasked by an approved read. */
    public static ArchiveView view(ArchiveState s, boolean unmasked) {
        return new ArchiveView(s.id(), s.unit(), s.party(), unmasked ? s.person() : s.person().masked(), !unmasked,
                s.status(), s.since(), s.until(), s.safetyLetter(), s.lease(), s.ownerCommitment());
    }
}
