package io.steward.adapter.rest.keys;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.ForcedEntryView;
import io.steward.ports.shared.InvalidInput;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** KEY-11 破门: the entry, the scene, the call to the occupant, their confirmation on site. */
@Path("forced-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Key custody (KEY)")
@ApplicationScoped
public class ForcedEntryResource {
    private final EnterByForce entries;

    @Inject
    public ForcedEntryResource(EnterByForce entries) {
        this.entries = entries;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public ForcedEntryResource() {
        this(null);
    }

    @POST
    @Operation(summary = "KEY-11: record a forced entry against an incident: the three grounds, no spare key in the cabinet, the project GM's approval (or an override to be ratified), two or more staff (SECURITY, CONTROL_ROOM, PROJECT_GM)")
    public Response enter(@NotNull @Valid KeyRequests.ForcedEntry entry, @Context UriInfo uri) {
        ForcedEntryView recorded = entries.enter(entry.unit(), entry.command());
        return Response.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build()).entity(recorded).build();
    }

    @GET
    @Operation(summary = "The forced entries of a unit: ?unit=<id>")
    public List<ForcedEntryView> ofUnit(@QueryParam("unit") UnitId unit) {
        if (unit == null) {
            throw new InvalidInput("name the unit: ?unit=<id>");
        }
        return entries.ofUnit(unit);
    }

    @GET
    @Path("{entry}")
    public ForcedEntryView entry(@PathParam("entry") ForcedEntryId entry) {
        return entries.find(entry);
    }

    @POST
    @Path("{entry}/scene")
    @Operation(summary = "KEY-11: the scene protected, photographed (attachment references) and recorded")
    public ForcedEntryView scene(@PathParam("entry") ForcedEntryId entry, @NotNull @Valid KeyRequests.Scene scene) {
        return entries.recordScene(entry, scene.command());
    }

    @POST
    @Path("{entry}/occupant-contact")
    @Operation(summary = "KEY-11: customer service reached the occupant (FRONT_DESK)")
    public ForcedEntryView contact(@PathParam("entry") ForcedEntryId entry, @NotNull @Valid KeyRequests.Contact contact) {
        return entries.occupantContacted(entry, contact.command());
    }

    @POST
    @Path("{entry}/occupant-confirmation")
    @Operation(summary = "KEY-11: the occupant confirmed on site (FRONT_DESK)")
    public ForcedEntryView confirm(@PathParam("entry") ForcedEntryId entry, @NotNull @Valid KeyRequests.Confirmation confirmation) {
        return entries.occupantConfirmed(entry, confirmation.command());
    }
}
