package io.steward.adapter.rest.estate;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.in.OccupancyCensus;
import io.steward.ports.estate.CensusSummary;
import io.steward.adapter.rest.PageParams;
import io.steward.adapter.rest.Pages;
import io.steward.adapter.rest.Params;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import io.steward.ports.shared.EstateId;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.steward.ports.shared.InvalidInput;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** EST-03 monthly occupancy census: open, check, report, sign. */
@Path("censuses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Occupancy census (EST-03)")
@ApplicationScoped
public class CensusResource {
    private final OccupancyCensus census;

    @Inject
    public CensusResource(OccupancyCensus census) {
        this.census = census;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public CensusResource() {
        this(null);
    }

    @POST
    @Operation(summary = "Open the month's census with every unit of the estate (PROJECT_MANAGER)")
    public Response open(@NotNull @Valid EstateRequests.NewCensus request) {
        return Response.status(Response.Status.CREATED).entity(census.open(request.estate(), request.yearMonth())).build();
    }

    @GET
    @Operation(summary = "The census rounds of an estate: ?estate=<id>")
    public List<CensusSummary> censuses(@QueryParam("estate") EstateId estate) {
        if (estate == null) {
            throw new InvalidInput("name the estate: ?estate=<id>");
        }
        return census.censuses(estate);
    }

    @GET
    @Path("{census}")
    public CensusSummary census(@PathParam("census") CensusId id) {
        return census.census(id);
    }

    @GET
    @Path("{census}/lines")
    @Operation(summary = "The units of the census, paged in code order; ?unchecked=true lists what is still to be checked")
    public Response lines(@PathParam("census") CensusId id, @QueryParam("unchecked") String unchecked,
                          @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return Pages.ok(census.lines(id, Params.flag(unchecked, "unchecked"), page.request()), uri);
    }

    @POST
    @Path("{census}/checks")
    @Operation(summary = "Record what was found in units (FRONT_DESK, SECURITY): due by the 30th")
    public CensusSummary check(@PathParam("census") CensusId id, @NotNull @Valid EstateRequests.CensusChecks checks) {
        return census.check(id, checks.command());
    }

    @POST
    @Path("{census}/report")
    @Operation(summary = "Produce the monthly report (月度物业动态信息表) once every unit is checked: due by the 3rd")
    public CensusSummary report(@PathParam("census") CensusId id) {
        return census.report(id);
    }

    @POST
    @Path("{census}/signature")
    @Operation(summary = "The project manager signs; the report is copied to security and the cashier")
    public CensusSummary sign(@PathParam("census") CensusId id) {
        return census.sign(id);
    }

    @POST
    @Path("{census}/corrections")
    @Operation(summary = "EST-02: the project manager confirms a reported discrepancy; the unit's status becomes what was found")
    public CensusSummary correct(@PathParam("census") CensusId id, @NotNull @Valid EstateRequests.Correction correction) {
        return census.correct(id, correction.command());
    }
}
