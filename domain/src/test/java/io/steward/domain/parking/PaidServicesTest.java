package io.steward.domain.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.parking.PaidService;
import io.steward.ports.parking.PriceListStatus;
import io.steward.ports.parking.PriceListView;
import io.steward.ports.parking.ServiceApprovals;
import io.steward.ports.parking.in.OfferPaidServices;
import io.steward.ports.parking.in.OfferPaidServices.Order;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.in.Approve;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** PRK-02: paid services come from a published, approved price list, and are charged to the unit's fee account. */
class PaidServicesTest {
    private final EstateFixture f = new EstateFixture();
    private final OfferPaidServices services;

    PaidServicesTest() {
        f.lakeWithUnitHandedOver();
        f.grant("desk", Role.FRONT_DESK);
        f.grant("cashier", Role.CASHIER);
        f.grant("pm", Role.PROJECT_MANAGER);
        services = f.steward.offerPaidServices();
    }

    private static void refused(ThrowingCallable call, String rule, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo(rule);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    private static List<PaidService> list() {
        return List.of(new PaidService("UNCLOG", "疏通下水道", Fen.yuan(50), "次"),
                new PaidService("CLEAN", "家政保洁", Fen.yuan(40), "小时"));
    }

    private ApprovalId approved(PriceListView draft) {
        f.as("desk");
        ApprovalId id = f.approvals.request(new Approve.Request(f.estate, ServiceApprovals.PRICE_LIST.code(),
                draft.id().toString(), "the 2026 list of convenience services", null)).id();
        f.as("pm");
        f.approvals.approve(id, null);
        f.as("desk");
        return id;
    }

    @Test
    void PRK_02_a_price_list_is_published_only_on_the_project_managers_approval() {
        f.as("desk");
        PriceListView draft = services.draft(f.estate, list());
        refused(() -> services.publish(draft.id(), null), "PRK-02", "approval-required");
        refused(() -> services.published(f.estate), "PRK-02", "no-price-list-published");

        PriceListView published = services.publish(draft.id(), approved(draft));

        assertThat(published.status()).isEqualTo(PriceListStatus.PUBLISHED);
        assertThat(published.approvedBy()).isEqualTo("pm");
        assertThat(services.published(f.estate).id()).isEqualTo(draft.id());
        refused(() -> services.publish(draft.id(), approved(draft)), "PRK-02", "price-list-not-a-draft");
    }

    @Test
    void PRK_02_a_paid_service_is_charged_from_the_published_list_to_the_units_fee_account() {
        f.as("desk");
        var unit = f.unit("e14-1-0101");
        refused(() -> services.charge(unit, new Order("UNCLOG", 1, "kitchen")), "PRK-02", "no-price-list-published");
        PriceListView draft = services.draft(f.estate, list());
        services.publish(draft.id(), approved(draft));
        Fen before = f.queries.feeAccount(unit).arrears();

        var charged = services.charge(unit, new Order("CLEAN", 3, "after the move"));

        assertThat(charged.amount()).isEqualTo(Fen.yuan(120));
        var account = f.queries.feeAccount(unit);
        assertThat(account.arrears()).isEqualTo(before.plus(Fen.yuan(120)));
        assertThat(account.lines().get(account.lines().size() - 1).item()).isEqualTo("SERVICE_CLEAN");
        refused(() -> services.charge(unit, new Order("MASSAGE", 1, null)), "PRK-02", "service-not-on-the-price-list");
    }

    @Test
    void PRK_02_a_new_list_supersedes_the_published_one() {
        f.as("desk");
        PriceListView first = services.draft(f.estate, list());
        services.publish(first.id(), approved(first));
        PriceListView second = services.draft(f.estate, List.of(new PaidService("UNCLOG", "疏通下水道", Fen.yuan(60), "次")));
        services.publish(second.id(), approved(second));

        assertThat(services.priceList(first.id()).status()).isEqualTo(PriceListStatus.SUPERSEDED);
        assertThat(services.published(f.estate).services().get(0).price()).isEqualTo(Fen.yuan(60));
    }

    @Test
    void PRK_02_only_customer_service_drafts_and_a_list_names_each_service_once() {
        f.as("guard");
        assertThatThrownBy(() -> services.draft(f.estate, list())).isInstanceOf(AccessDenied.class);
        f.as("desk");
        assertThatThrownBy(() -> services.draft(f.estate, List.of(list().get(0), list().get(0))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new PaidService("UNCLOG", "疏通", Fen.ZERO, "次")).isInstanceOf(InvalidInput.class);
    }
}
