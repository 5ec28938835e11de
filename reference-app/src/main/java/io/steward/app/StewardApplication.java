package io.steward.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;

/** The HTTP API under {@code /api}; the resources and providers come from the REST adapter. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Steward", version = "0.1.0",
        description = "Property-service management: estates, units, occupancy and handover. Amounts are integer fen; "
                + "errors are RFC 9457 problem+json; creating POSTs accept an Idempotency-Key."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "jwt")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "demo users of the embedded default"),
        @SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "MicroProfile JWT in production")})
public class StewardApplication extends Application {
}
