package io.steward.adapter.rest.emergency;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.adapter.rest.PageParams;
import io.steward.adapter.rest.Pages;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.IncidentKind;
import io.steward.ports.emergency.IncidentView;
import io.steward.ports.emergency.in.ReportIncidents;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.EstateId;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** EMG-03: the incident log — what was reported to the control room, and when. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents (EMG)")
@ApplicationScoped
public class IncidentResource {
    private final ReportIncidents incidents;

    @Inject
    public IncidentResource(ReportIncidents incidents) {
        this.incidents = incidents;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public IncidentResource() {
        this(null);
    }

    /** An incident as reported. */
    public record Report(@NotNull EstateId estate, @NotNull IncidentKind kind, UnitId unit,
                         @NotBlank @Size(max = 200) String location, @NotBlank @Size(max = 4000) String description,
                         @NotNull Instant occurredAt) {
    }

    @POST
    @Path("incidents")
    @Operation(summary = "EMG-03: report an incident (any staff of the estate)")
    public Response report(@NotNull @Valid Report report, @Context UriInfo uri) {
        IncidentView reported = incidents.report(new ReportIncidents.Report(report.estate(), report.kind(), report.unit(),
                report.location(), report.description(), report.occurredAt()));
        return Response.created(uri.getBaseUriBuilder().path("incidents").path(reported.id().toString()).build())
                .entity(reported).build();
    }

    @GET
    @Path("incidents/{incident}")
    public IncidentView incident(@PathParam("incident") IncidentId incident) {
        return incidents.incident(incident);
    }

    @GET
    @Path("incidents")
    @Operation(summary = "An estate's incident log (?estate=<id>), newest first")
    public Response ofEstate(@QueryParam("estate") EstateId estate, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        if (estate == null) {
            throw new InvalidInput("name the estate: ?estate=<id>");
        }
        return Pages.ok(incidents.incidents(estate, page.request()), uri);
    }
}
