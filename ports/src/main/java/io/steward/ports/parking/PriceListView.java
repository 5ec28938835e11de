package io.steward.ports.parking;

import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;
import java.util.List;

/** PRK-02: a price list of paid services, with the approval it was published on and who gave it. */
public record PriceListView(PriceListId id, EstateId estate, List<PaidService> services, PriceListStatus status,
                            String draftedBy, Instant draftedAt, ApprovalId approval, String approvedBy,
                            Instant publishedAt, long version) {
}
