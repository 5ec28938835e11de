package io.steward.adapter.jpa;

import io.steward.ports.parking.PriceListId;
import io.steward.ports.parking.PriceListStatus;
import io.steward.ports.parking.out.PriceListState;
import io.steward.ports.parking.out.PriceLists;
import io.steward.ports.shared.EstateId;
import java.util.Comparator;
import java.util.Optional;

/** Price lists of paid services on JPA: documents of kind PRICE_LIST in {@code aggregate_document} (a few per estate). */
public final class JpaPriceLists implements PriceLists {
    private final Documents<PriceListState> docs;

    public JpaPriceLists(EntityManagerSource source) {
        docs = new Documents<>(source, "PRICE_LIST", PriceListState.class, Comparator.comparing(PriceListState::draftedAt));
    }

    @Override
    public Optional<PriceListState> find(PriceListId id) {
        return docs.find(id.toString());
    }

    @Override
    public PriceListState save(PriceListState s) {
        PriceListState stored = s.withVersion(s.version() + 1);
        docs.save(s.id().toString(), s.estate().toString(), null, null, s.version(), stored);
        return stored;
    }

    @Override
    public Optional<PriceListState> published(EstateId estate) {
        return docs.byEstate(estate.toString(), null, null).stream().filter(p -> p.status() == PriceListStatus.PUBLISHED)
                .findFirst();
    }
}
