package io.steward.ports.keys;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;

/**
 * Published for every movement of a key, registration included, so an ERP or an electronic key cabinet can follow
 * the register. {@code unit} is null for a common-area key; {@code from} and {@code to} are the holders before and
 * after ("cabinet" while the key is locked away).
 */
public record KeyMoved(KeyId key, EstateId estate, long number, UnitId unit, MovementKind kind, KeyStatus status,
                       String from, String to, String actor, Instant at) {
}
