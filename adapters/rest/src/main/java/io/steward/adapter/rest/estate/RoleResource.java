package io.steward.adapter.rest.estate;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.adapter.rest.Params;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.in.AssignRoles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** DOMAIN.md §0: the roles a person holds, per estate or company-wide (no estate). */
@Path("people/{person}/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roles")
@ApplicationScoped
public class RoleResource {
    private final AssignRoles roles;

    @Inject
    public RoleResource(AssignRoles roles) {
        this.roles = roles;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public RoleResource() {
        this(null);
    }

    @GET
    public List<RoleGrant> grants(@PathParam("person") String person) {
        return roles.grantsOf(person);
    }

    @POST
    @Operation(summary = "Grant a role in an estate (PROJECT_MANAGER there, or COMPANY_GM) or company-wide (COMPANY_GM); "
            + "OWNER and TENANT are granted for one unit of the estate, to its resident, and reach that unit only")
    public List<RoleGrant> grant(@PathParam("person") String person, @NotNull @Valid EstateRequests.Grant grant) {
        return roles.grant(grant.grant(person));
    }

    @DELETE
    @Operation(summary = "Revoke a role: ?role=FRONT_DESK&estate=<id>, no estate for a company-wide grant; "
            + "&unit=<id> for a resident's role")
    public List<RoleGrant> revoke(@PathParam("person") String person, @QueryParam("role") String role,
                                  @QueryParam("estate") EstateId estate, @QueryParam("unit") UnitId unit) {
        return roles.revoke(new RoleGrant(person, estate,
                Params.requiredEnum(Role.class, role, "role"), unit == null ? null : unit.value()));
    }
}
