package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;
import java.time.Instant;

/**
 * Event: someone moved in (EST-05). It is the 入住知会单: other departments (security, engineering, cashier) are
 * notified by following it.
 */
public record MovedIn(EstateId estate, UnitId unit, Party party, ArchiveId archive, Instant movedInAt) {
}
