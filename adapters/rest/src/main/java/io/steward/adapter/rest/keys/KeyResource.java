package io.steward.adapter.rest.keys;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.BrowseKeys;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.keys.MovementView;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A key, its history, and every movement (KEY-03 … KEY-10); one holder at a time (KEY-12). */
@Path("keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Key custody (KEY)")
@ApplicationScoped
public class KeyResource {
    private final MoveKeys moves;
    private final BrowseKeys browse;

    @Inject
    public KeyResource(MoveKeys moves, BrowseKeys browse) {
        this.moves = moves;
        this.browse = browse;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public KeyResource() {
        this(null, null);
    }

    @GET
    @Operation(summary = "The keys of a unit: ?unit=<id>")
    public List<KeyView> ofUnit(@QueryParam("unit") UnitId unit) {
        if (unit == null) {
            throw new InvalidInput("name the unit: ?unit=<id>");
        }
        return browse.keysOfUnit(unit);
    }

    @POST
    @Path("handover")
    @Operation(summary = "EST-04/KEY-02: after the joint inspection, the key manager hands every key of the unit "
            + "(?unit=<id>) to the member of staff who hands it over, one kept for rectification where the owner agreed")
    public List<KeyView> handForHandover(@QueryParam("unit") UnitId unit, @NotNull @Valid KeyRequests.HandoverKeys handover) {
        if (unit == null) {
            throw new InvalidInput("name the unit: ?unit=<id>");
        }
        return moves.handForHandover(unit, handover.command());
    }

    @GET
    @Path("{key}")
    @Operation(summary = "A key: where it is, who holds it, until when")
    public KeyView key(@PathParam("key") KeyId key) {
        return browse.key(key);
    }

    @GET
    @Path("{key}/movements")
    @Operation(summary = "KEY-12: the key's history, oldest first; never edited")
    public List<MovementView> movements(@PathParam("key") KeyId key) {
        return browse.history(key);
    }

    @POST
    @Path("{key}/issue")
    @Operation(summary = "KEY-03: issue to the owner once the handover is complete, identity checked, against signature (the key manager or a deputy)")
    public KeyView issue(@PathParam("key") KeyId key, @NotNull @Valid KeyRequests.Issue issue) {
        return moves.issueToOwner(key, issue.command());
    }

    @POST
    @Path("{key}/collection")
    @Operation(summary = "KEY-05: the person who entrusted the key collects it, identity checked (the key manager or a deputy)")
    public KeyView collect(@PathParam("key") KeyId key, @NotNull @Valid KeyRequests.Collection collection) {
        return moves.collect(key, collection.command());
    }

    @POST
    @Path("{key}/spare-consent")
    @Operation(summary = "KEY-04: an entrusted key is kept from now on as the occupant's spare, with their consent, so they can move in")
    public KeyView keepAsSpare(@PathParam("key") KeyId key, @NotNull @Valid KeyRequests.SpareConsent consent) {
        return moves.keepAsSpare(key, consent.command());
    }

    @POST
    @Path("{key}/viewing")
    @Operation(summary = "KEY-06: a member of staff takes the key to open the door for a viewing (the key manager or a deputy)")
    public KeyView viewing(@PathParam("key") KeyId key, @NotNull @Valid KeyRequests.Viewing viewing) {
        return moves.lendForViewing(key, viewing.command());
    }

    @POST
    @Path("{key}/check-out")
    @Operation(summary = "KEY-07: staff take the key with the key manager's consent, due back (KEY_MANAGER); 409 if someone holds it")
    public KeyView checkOut(@PathParam("key") KeyId key, @NotNull @Valid KeyRequests.CheckOut checkOut) {
        return moves.checkOut(key, checkOut.command());
    }

    @POST
    @Path("{key}/return")
    @Operation(summary = "The key is back in the cabinet (the key manager or a deputy)")
    public KeyView giveBack(@PathParam("key") KeyId key, @NotNull @Valid KeyRequests.Return giveBack) {
        return moves.giveBack(key, giveBack.command());
    }

    @POST
    @Path("{key}/abnormal-release")
    @Operation(summary = "KEY-08: release outside the normal procedure on the project manager's and company leadership's approvals, two people")
    public KeyView release(@PathParam("key") KeyId key, @NotNull @Valid KeyRequests.AbnormalRelease release) {
        return moves.releaseAbnormally(key, release.command());
    }

    @POST
    @Path("{key}/loss")
    @Operation(summary = "KEY-09: the key is lost, against a recorded incident; the project manager then decides whether management was at fault")
    public KeyView loss(@PathParam("key") KeyId key, @NotNull @Valid KeyRequests.Loss loss) {
        return moves.reportLost(key, loss.command());
    }

    @POST
    @Path("{key}/spare-use")
    @Operation(summary = "KEY-10: the spare key (only a SPARE) is used against a recorded incident, taken by staff, due back")
    public KeyView spareUse(@PathParam("key") KeyId key, @NotNull @Valid KeyRequests.EmergencyUse use) {
        return moves.useSpare(key, use.command());
    }
}
