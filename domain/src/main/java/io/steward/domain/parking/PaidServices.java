package io.steward.domain.parking;

import io.steward.domain.shared.Access;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.parking.PaidService;
import io.steward.ports.parking.ParkingRefusals;
import io.steward.ports.parking.PriceListId;
import io.steward.ports.parking.PriceListStatus;
import io.steward.ports.parking.PriceListView;
import io.steward.ports.parking.ServiceApprovals;
import io.steward.ports.parking.ServiceCharged;
import io.steward.ports.parking.in.OfferPaidServices;
import io.steward.ports.parking.out.PriceListState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.out.ApprovalState;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PRK-02: paid convenience services (004 篇5). Customer service drafts the price list; the project manager's approval
 * (an act of theirs, recorded with who and when) publishes it; a service is charged only from the published list, to
 * the unit's fee account, so that no money passes privately between staff and residents.
 */
public final class PaidServices implements OfferPaidServices {
    private static final Set<Role> CUSTOMER_SERVICE = EnumSet.of(Role.FRONT_DESK);
    private static final Set<Role> WHO_CHARGES = EnumSet.of(Role.FRONT_DESK, Role.CASHIER);

    private final UseCases useCases;
    private final ParkingStore store;
    private final Approvals approvals;

    public PaidServices(UseCases useCases, ParkingStore store, Approvals approvals) {
        this.useCases = useCases;
        this.store = store;
        this.approvals = approvals;
    }

    @Override
    public PriceListView draft(EstateId estate, List<PaidService> services) {
        List<PaidService> checked = OfferPaidServices.checked(services);
        return useCases.run(() -> {
            Actor actor = useCases.access().require(estate, "estate", estate, "draft the price list of paid services",
                    CUSTOMER_SERVICE);
            PriceListState stored = store.priceLists().save(new PriceListState(PriceListId.newId(), estate, checked,
                    PriceListStatus.DRAFT, actor.id(), useCases.now(), null, null, null, 0));
            useCases.audit(actor, estate, "services.price-list.draft", "price-list", stored.id(), checked.size() + " services");
            return view(stored);
        });
    }

    @Override
    public PriceListView publish(PriceListId id, ApprovalId approval) {
        return useCases.run(() -> {
            PriceListState list = find(id);
            Actor actor = useCases.access().require(list.estate(), "price-list", id, "publish the price list",
                    CUSTOMER_SERVICE);
            if (list.status() != PriceListStatus.DRAFT) {
                throw ParkingRefusals.PRICE_LIST_NOT_A_DRAFT.refuse("price list " + id + " is " + list.status(),
                        Map.of("status", list.status().name()));
            }
            ApprovalState approved = approvals.use(approval, ServiceApprovals.PRICE_LIST, list.estate(), id.toString(),
                    null, "publish the price list", actor);
            store.priceLists().published(list.estate()).ifPresent(before -> store.priceLists().save(
                    before.withStatus(PriceListStatus.SUPERSEDED, before.approval(), before.approvedBy(), before.publishedAt())));
            PriceListState published = store.priceLists().save(list.withStatus(PriceListStatus.PUBLISHED, approval,
                    approved.decidedBy(), useCases.now()));
            useCases.audit(actor, list.estate(), "services.price-list.publish", "price-list", id,
                    "approved by " + approved.decidedBy());
            return view(published);
        });
    }

    @Override
    public PriceListView priceList(PriceListId id) {
        return useCases.run(() -> {
            PriceListState list = find(id);
            useCases.access().requireAny(list.estate(), "price-list", id);
            return view(list);
        });
    }

    @Override
    public PriceListView published(EstateId estate) {
        return useCases.run(() -> {
            useCases.access().requireAny(estate, "estate", estate);
            return view(current(estate));
        });
    }

    @Override
    public ServiceCharged charge(UnitId unitId, Order order) {
        return useCases.run(() -> {
            UnitState unit = store.estate().unit(unitId).orElseThrow(() -> new NotFound("unit", unitId));
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "charge a paid service", WHO_CHARGES);
            PriceListState list = current(unit.estate());
            PaidService service = list.services().stream().filter(s -> s.code().equals(order.service())).findFirst()
                    .orElseThrow(() -> ParkingRefusals.SERVICE_NOT_ON_THE_PRICE_LIST.refuse(order.service()
                            + " is not on the published price list: a paid service is charged from it only",
                            Map.of("service", order.service(), "priceList", list.id().toString())));
            ServiceCharged charged = new ServiceCharged(unit.estate(), unitId, list.id(), service, order.quantity(),
                    service.price().times(order.quantity()), order.reference());
            useCases.audit(actor, unit.estate(), "services.charge", "unit", unitId, order.quantity() + " × "
                    + service.code() + " = " + charged.amount().value() + " fen");
            useCases.publish(charged);
            return charged;
        });
    }

    private PriceListState current(EstateId estate) {
        return store.priceLists().published(estate).orElseThrow(() -> ParkingRefusals.NO_PRICE_LIST_PUBLISHED.refuse(
                "the estate has published no approved price list of paid services", Map.of("estate", estate.toString())));
    }

    private PriceListState find(PriceListId id) {
        return store.priceLists().find(id).orElseThrow(() -> new NotFound("price list", id));
    }

    private static PriceListView view(PriceListState s) {
        return new PriceListView(s.id(), s.estate(), s.services(), s.status(), s.draftedBy(), s.draftedAt(), s.approval(),
                s.approvedBy(), s.publishedAt(), s.version());
    }
}
