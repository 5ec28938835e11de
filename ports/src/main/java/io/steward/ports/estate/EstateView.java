package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;
import java.util.List;

/** An estate as callers see it. */
public record EstateView(EstateId id, String code, String name, String zone, List<FeeItem> fees,
                         EstatePolicy policy, long version) {
}
