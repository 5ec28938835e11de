package io.steward.adapter.rest.estate;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.adapter.rest.PageParams;
import io.steward.adapter.rest.Pages;
import io.steward.adapter.rest.Params;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.EstateView;
import io.steward.ports.estate.Facility;
import io.steward.ports.estate.HandoverSummary;
import io.steward.ports.estate.LayoutImported;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.in.BrowseEstates;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.ImportOwnerRoster;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Estates: registration, layout and roster import (EST-01), and the estate-wide reads and reports. */
@Path("estates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Estates")
@ApplicationScoped
public class EstateResource {
    private final RegisterEstate register;
    private final ImportLayout layout;
    private final ImportOwnerRoster roster;
    private final BrowseEstates browse;

    @Inject
    public EstateResource(RegisterEstate register, ImportLayout layout, ImportOwnerRoster roster, BrowseEstates browse) {
        this.register = register;
        this.layout = layout;
        this.roster = roster;
        this.browse = browse;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public EstateResource() {
        this(null, null, null, null);
    }

    @POST
    @Operation(summary = "Register an estate with its fee schedule and policy (company-wide COMPANY_GM)")
    public Response register(@NotNull @Valid EstateRequests.NewEstate request, @Context UriInfo uri) {
        EstateView estate = register.register(request.command());
        return Response.created(uri.getAbsolutePathBuilder().path(estate.id().toString()).build()).entity(estate).build();
    }

    @GET
    @Operation(summary = "The estates the caller holds a role in")
    public Response estates(@Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return Pages.ok(browse.estates(page.request()), uri);
    }

    @GET
    @Path("{estate}")
    public EstateView estate(@PathParam("estate") EstateId estate) {
        return browse.estate(estate);
    }

    @POST
    @Path("{estate}/layout")
    @Operation(summary = "EST-01: register buildings, units and common facilities in one call, all or nothing")
    public LayoutImported importLayout(@PathParam("estate") EstateId estate, @NotNull @Valid EstateRequests.Layout request) {
        return layout.importLayout(request.command(estate));
    }

    @POST
    @Path("{estate}/roster")
    @Operation(summary = "Load the developer's owner roster (业主清册) used to verify identity at handover")
    public Map<String, Integer> importRoster(@PathParam("estate") EstateId estate, @NotNull @Valid EstateRequests.Roster request) {
        return Map.of("imported", roster.importRoster(request.command(estate)));
    }

    @GET
    @Path("{estate}/buildings")
    public List<BuildingSpec> buildings(@PathParam("estate") EstateId estate) {
        return browse.buildings(estate);
    }

    @GET
    @Path("{estate}/facilities")
    public List<Facility> facilities(@PathParam("estate") EstateId estate) {
        return browse.facilities(estate);
    }

    @GET
    @Path("{estate}/units")
    @Operation(summary = "The units of the estate, optionally of one building or in one occupancy status")
    public Response units(@PathParam("estate") EstateId estate, @QueryParam("building") String building,
                          @QueryParam("occupancy") String occupancy, @Valid @BeanParam PageParams page,
                          @Context UriInfo uri) {
        return Pages.ok(browse.units(estate, building,
                Params.optionalEnum(Occupancy.class, occupancy, "occupancy"), page.request()), uri);
    }

    @GET
    @Path("{estate}/occupancy")
    @Operation(summary = "EST-02: how many units are in each occupancy status")
    public Map<Occupancy, Long> occupancy(@PathParam("estate") EstateId estate) {
        return new LinkedHashMap<>(browse.occupancyCounts(estate));
    }

    @GET
    @Path("{estate}/deadline")
    @Operation(summary = "SVC-09: the deadline ?amount=&unit= (MINUTES, HOURS, WORKING_HOURS, WORKING_DAYS, CALENDAR_DAYS) "
            + "after ?from= (an instant; default now) on the estate's calendar and service hours, with how it was counted")
    public io.steward.ports.shared.calendar.Deadline deadline(@PathParam("estate") EstateId estate, @QueryParam("from") String from,
                                                              @QueryParam("amount") String amount,
                                                              @QueryParam("unit") String unit) {
        java.time.Instant start = Params.instant(from, "from");
        long n = Params.integer(amount, "amount", -1, 0, (int) Math.min(Integer.MAX_VALUE,
                io.steward.ports.shared.calendar.Span.MAX_AMOUNT));
        if (n < 0) {
            throw new InvalidInput("amount is required");
        }
        return browse.deadline(estate, start, new io.steward.ports.shared.calendar.Span(n,
                Params.requiredEnum(io.steward.ports.shared.calendar.SpanUnit.class, unit, "unit")));
    }

    @GET
    @Path("{estate}/handover-summary")
    @Operation(summary = "EST-04 房屋交接汇总报表 for a period (both dates inclusive)")
    public HandoverSummary handoverSummary(@PathParam("estate") EstateId estate, @QueryParam("from") String from,
                                           @QueryParam("to") String to) {
        LocalDate start = Params.date(from, "from");
        LocalDate end = Params.date(to, "to");
        if (end.isBefore(start)) {
            throw new InvalidInput("the period ends before it starts");
        }
        return browse.handoverSummary(estate, start, end);
    }

    @GET
    @Path("{estate}/audit")
    @Operation(summary = "The audit trail of the estate, newest first (PROJECT_MANAGER)")
    public Response audit(@PathParam("estate") EstateId estate, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return Pages.ok(browse.audit(estate, page.request()), uri);
    }
}
