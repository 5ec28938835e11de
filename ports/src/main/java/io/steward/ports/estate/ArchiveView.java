package io.steward.ports.estate;

import java.time.LocalDate;

/** An owner or tenant archive; {@code person} is masked unless {@code masked} is false (EST-08). */
public record ArchiveView(ArchiveId id, UnitId unit, Party party, PersonalData person, boolean masked,
                          ArchiveStatus status, LocalDate since, LocalDate until, String safetyLetter, String lease,
                          String ownerCommitment) {
}
