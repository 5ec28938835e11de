package io.steward.adapter.rest.estate;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.estate.GoodsPassView;
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

/** EST-09 物品放行: passes written at the desk, the owner's phone confirmation, three signatures, the gate. */
@Path("goods-passes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goods release (EST-09)")
@ApplicationScoped
public class GoodsPassResource {
    private final ReleaseGoods gate;

    @Inject
    public GoodsPassResource(ReleaseGoods gate) {
        this.gate = gate;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public GoodsPassResource() {
        this(null);
    }

    @POST
    @Operation(summary = "Write a pass for a unit: carrier (an owner shows their identity document), items, purpose; moving out needs every arrear settled (FRONT_DESK)")
    public Response request(@NotNull @Valid EstateRequests.PassRequest request) {
        return Response.status(Response.Status.CREATED).entity(gate.request(request.unit(), request.command())).build();
    }

    @GET
    @Operation(summary = "The passes of a unit: ?unit=<id>")
    public List<GoodsPassView> passes(@QueryParam("unit") UnitId unit) {
        if (unit == null) {
            throw new InvalidInput("name the unit: ?unit=<id>");
        }
        return gate.passesOf(unit);
    }

    @GET
    @Path("{pass}")
    public GoodsPassView pass(@PathParam("pass") GoodsPassId pass) {
        return gate.pass(pass);
    }

    @POST
    @Path("{pass}/owner-call")
    @Operation(summary = "Record the call to the owner: unreachable or refusing means no release")
    public GoodsPassView ownerCall(@PathParam("pass") GoodsPassId pass, @NotNull @Valid EstateRequests.Call call) {
        return gate.recordOwnerCall(pass, call.call());
    }

    @POST
    @Path("{pass}/signatures")
    @Operation(summary = "The owner's and the carrier's signatures, checked against the archive and the pass, and the caller's as staff, issue the pass")
    public GoodsPassView sign(@PathParam("pass") GoodsPassId pass, @NotNull @Valid EstateRequests.PassSignatures signatures) {
        return gate.sign(pass, signatures.command());
    }

    @POST
    @Path("{pass}/gate-check")
    @Operation(summary = "Security lets the goods out against the issued pass, once, to the carrier it names (SECURITY)")
    public GoodsPassView verify(@PathParam("pass") GoodsPassId pass, @NotNull @Valid EstateRequests.GateCheck check) {
        return gate.verifyAtGate(pass, check.command());
    }
}
