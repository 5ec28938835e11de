package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a fee account as callers see it. */
public record FeeLine(UUID id, FeeEntryKind kind, String item, Fen amount, LocalDate periodFrom, LocalDate periodTo,
                      UUID reverses, String reference, String actor, Instant at) {
}
