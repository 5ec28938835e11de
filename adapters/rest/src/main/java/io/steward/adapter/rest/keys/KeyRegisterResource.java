package io.steward.adapter.rest.keys;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.adapter.rest.PageParams;
import io.steward.adapter.rest.Pages;
import io.steward.adapter.rest.Params;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.BrowseKeys;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.shared.EstateId;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** KEY-01, KEY-02, KEY-04, KEY-07: an estate's key register (钥匙委托管理清册). */
@Path("key-registers/{estate}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Key custody (KEY)")
@ApplicationScoped
public class KeyRegisterResource {
    private final KeepKeyRegister register;
    private final BrowseKeys browse;
    private final MoveKeys moves;

    @Inject
    public KeyRegisterResource(KeepKeyRegister register, BrowseKeys browse, MoveKeys moves) {
        this.register = register;
        this.browse = browse;
        this.moves = moves;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public KeyRegisterResource() {
        this(null, null, null);
    }

    @GET
    @Operation(summary = "The register: its designated key manager and the last number given")
    public KeyRegisterState register(@PathParam("estate") EstateId estate) {
        return browse.registerOf(estate);
    }

    @PUT
    @Operation(summary = "KEY-02: designate the key manager, who must hold KEY_MANAGER in the estate (PROJECT_MANAGER, PROJECT_GM)")
    public KeyRegisterState designate(@PathParam("estate") EstateId estate, @NotNull @Valid KeyRequests.Keeper keeper) {
        return register.designateKeyManager(estate, keeper.keyManager());
    }

    @POST
    @Path("deputies")
    @Operation(summary = "KEY-02: designate a deputy key manager, a member of the estate's staff (PROJECT_MANAGER, PROJECT_GM)")
    public KeyRegisterState designateDeputy(@PathParam("estate") EstateId estate, @NotNull @Valid KeyRequests.DeputyBody deputy) {
        return register.designateDeputy(estate, deputy.person());
    }

    @DELETE
    @Path("deputies/{person}")
    @Operation(summary = "KEY-02: the deputy no longer keeps the register")
    public KeyRegisterState revokeDeputy(@PathParam("estate") EstateId estate, @PathParam("person") String person) {
        return register.revokeDeputy(estate, person);
    }

    @POST
    @Path("keys")
    @Operation(summary = "KEY-01/02/04: register a key under the next number (the key manager or a deputy)")
    public Response registerKey(@PathParam("estate") EstateId estate, @NotNull @Valid KeyRequests.NewKey key, @Context UriInfo uri) {
        KeyView registered = register.register(estate, key.command());
        return Response.created(uri.getBaseUriBuilder().path("keys").path(registered.id().toString()).build())
                .entity(registered).build();
    }

    @GET
    @Path("keys")
    @Operation(summary = "Where every key is now, in number order; ?status=LENT etc. to filter")
    public Response keys(@PathParam("estate") EstateId estate, @QueryParam("status") String status,
                         @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return Pages.ok(browse.keysOf(estate, Params.optionalEnum(KeyStatus.class, status, "status"),
                page.request()), uri);
    }

    @GET
    @Path("overdue")
    @Operation(summary = "KEY-07: keys out with staff past their due time, longest overdue first")
    public List<KeyView> overdue(@PathParam("estate") EstateId estate) {
        return browse.overdue(estate);
    }

    @POST
    @Path("overdue-reminders")
    @Operation(summary = "KEY-07 overdue alert: remind the holder of every key out past due, once each time it is out; "
            + "answers the keys reminded now. Run it from a scheduler (KEY_MANAGER, PROJECT_MANAGER)")
    public List<KeyView> remindOverdue(@PathParam("estate") EstateId estate) {
        return moves.remindOverdue(estate);
    }
}
