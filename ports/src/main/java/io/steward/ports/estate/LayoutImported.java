package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;

/** What one layout import registered. */
public record LayoutImported(EstateId estate, int buildings, int units, int facilities) {
}
