package io.steward.app.architecture.erp;

import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.BrowseEstates;

/** An example of integrator code (an ERP's fee synchronisation): it uses the ports and nothing else. */
public class FeeSync {
    private final BrowseEstates estates;

    public FeeSync(BrowseEstates estates) {
        this.estates = estates;
    }

    public long arrearsInFen(UnitId unit) {
        FeeAccountView account = estates.feeAccount(unit);
        return account.arrears().value();
    }
}
