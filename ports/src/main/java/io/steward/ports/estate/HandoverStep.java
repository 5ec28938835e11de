package io.steward.ports.estate;

import java.time.Instant;

/** One completed step of a handover: the stage it reached, who did it, when, and a short note. */
public record HandoverStep(HandoverStage reached, String actor, Instant at, String note) {
}
