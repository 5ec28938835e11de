package io.steward.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: {@code GET /health/ready}. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private final StewardDatabase database;

    @Inject
    public DatabaseReadiness(StewardDatabase database) {
        this.database = database;
    }

    /** For the CDI proxy. */
    protected DatabaseReadiness() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database != null && database.reachable()).build();
    }
}
