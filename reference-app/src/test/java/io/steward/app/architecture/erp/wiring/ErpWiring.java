package io.steward.app.architecture.erp.wiring;

import io.steward.app.architecture.erp.FeeSync;
import io.steward.domain.estate.EstateQueries;
import io.steward.domain.estate.EstateStore;
import io.steward.domain.shared.UseCases;

/** The example integrator's composition root: the one place allowed to build Steward's domain services. */
public final class ErpWiring {
    private ErpWiring() {
    }

    public static FeeSync feeSync(UseCases useCases, EstateStore store) {
        return new FeeSync(new EstateQueries(useCases, store));
    }
}
