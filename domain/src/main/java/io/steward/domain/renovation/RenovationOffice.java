package io.steward.domain.renovation;

import io.steward.domain.deposits.DepositBook;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.BusinessCalendar;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.renovation.in.ApplyForRenovation;
import io.steward.ports.renovation.in.BrowseRenovations;
import io.steward.ports.renovation.in.SettleRenovationDeposit;
import io.steward.ports.renovation.in.SuperviseRenovation;

/** The renovation context's use cases, built together over one store (the assembly builds it). */
public final class RenovationOffice {
    private final RenovationDesk desk;
    private final RenovationSupervision supervision;
    private final RenovationRefunds refunds;
    private final RenovationQueries queries;
    private final RenovationObligations obligations;

    public RenovationOffice(UseCases useCases, RenovationStore store, DepositBook deposits, Approvals approvals,
                            Privacy privacy, BusinessCalendar calendar) {
        RenovationSupport support = new RenovationSupport(useCases, store, privacy, calendar);
        DepositRefund refund = new DepositRefund(deposits, approvals);
        desk = new RenovationDesk(support, deposits, refund);
        obligations = new RenovationObligations(store);
        supervision = new RenovationSupervision(support, deposits, approvals);
        refunds = new RenovationRefunds(support, deposits, refund);
        queries = new RenovationQueries(support);
    }

    public ApplyForRenovation apply() {
        return desk;
    }

    public SuperviseRenovation supervise() {
        return supervision;
    }

    public SettleRenovationDeposit settle() {
        return refunds;
    }

    public BrowseRenovations browse() {
        return queries;
    }

    /** EST-07: an active renovation is an obligation of a transfer. */
    public io.steward.ports.estate.out.OpenObligations obligations() {
        return obligations;
    }
}
