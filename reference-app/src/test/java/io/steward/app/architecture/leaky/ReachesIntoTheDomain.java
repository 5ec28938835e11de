package io.steward.app.architecture.leaky;

import io.steward.domain.estate.EstateQueries;

/** An example of integrator code that breaks the rule: it holds a domain class outside its composition root. */
public class ReachesIntoTheDomain {
    private final EstateQueries queries;

    public ReachesIntoTheDomain(EstateQueries queries) {
        this.queries = queries;
    }

    public EstateQueries queries() {
        return queries;
    }
}
