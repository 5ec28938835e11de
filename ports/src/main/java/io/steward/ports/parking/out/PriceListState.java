package io.steward.ports.parking.out;

import io.steward.ports.parking.PaidService;
import io.steward.ports.parking.PriceListId;
import io.steward.ports.parking.PriceListStatus;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.out.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** PRK-02: a price list as stored. */
public record PriceListState(PriceListId id, EstateId estate, List<PaidService> services, PriceListStatus status,
                             String draftedBy, Instant draftedAt, ApprovalId approval, String approvedBy,
                             Instant publishedAt, long version) implements Versioned<PriceListState> {
    public PriceListState {
        Objects.requireNonNull(id, "price list id");
        Objects.requireNonNull(estate, "estate");
        services = List.copyOf(services);
        Objects.requireNonNull(status, "status");
        if ((status == PriceListStatus.DRAFT) != (approval == null)) {
            throw new IllegalArgumentException("a published list names its approval, a draft none");
        }
    }

    @Override
    public PriceListState withVersion(long version) {
        return new PriceListState(id, estate, services, status, draftedBy, draftedAt, approval, approvedBy, publishedAt,
                version);
    }

    public PriceListState withStatus(PriceListStatus status, ApprovalId approval, String approvedBy, Instant publishedAt) {
        return new PriceListState(id, estate, services, status, draftedBy, draftedAt, approval, approvedBy, publishedAt,
                version);
    }
}
