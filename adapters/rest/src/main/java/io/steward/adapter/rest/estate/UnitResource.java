package io.steward.adapter.rest.estate;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.adapter.rest.PageParams;
import io.steward.adapter.rest.Pages;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitView;
import io.steward.ports.estate.in.BrowseEstates;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.estate.in.MoveIn;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.MoveOut;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.estate.TransferView;
import io.steward.ports.shared.Ids;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One unit: its occupancy history, handovers, move-in, archives and fee account. */
@Path("units/{unit}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
@ApplicationScoped
public class UnitResource {
    private final BrowseEstates browse;
    private final HandOverUnit handover;
    private final MoveIn moveIn;
    private final PostFees fees;
    private final MoveOut moveOut;
    private final TransferOwnership transfers;

    @Inject
    public UnitResource(BrowseEstates browse, HandOverUnit handover, MoveIn moveIn, PostFees fees, MoveOut moveOut,
                        TransferOwnership transfers) {
        this.browse = browse;
        this.handover = handover;
        this.moveIn = moveIn;
        this.fees = fees;
        this.moveOut = moveOut;
        this.transfers = transfers;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public UnitResource() {
        this(null, null, null, null, null, null);
    }

    @GET
    public UnitView unit(@PathParam("unit") UnitId unit) {
        return browse.unit(unit);
    }

    @GET
    @Path("occupancy-history")
    @Operation(summary = "EST-02: every occupancy change of the unit, newest first")
    public Response history(@PathParam("unit") UnitId unit, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return Pages.ok(browse.occupancyHistory(unit, page.request()), uri);
    }

    @GET
    @Path("handovers")
    public List<HandoverView> handovers(@PathParam("unit") UnitId unit) {
        return browse.handoversOf(unit);
    }

    @POST
    @Path("handovers")
    @Operation(summary = "EST-04: open the handover of a unit that is not taken over (FRONT_DESK)")
    public Response startHandover(@PathParam("unit") UnitId unit, @Context UriInfo uri) {
        HandoverView started = handover.start(unit);
        return Response.created(uri.getBaseUriBuilder().path("handovers").path(started.id().toString()).build())
                .entity(started).build();
    }

    @GET
    @Path("archives")
    @Operation(summary = "EST-08: the archives of the unit's owners and tenants, masked")
    public List<ArchiveView> archives(@PathParam("unit") UnitId unit) {
        return browse.archivesOf(unit);
    }

    @POST
    @Path("move-in/owner")
    @Operation(summary = "EST-05: the owner moves into the handed-over unit (FRONT_DESK)")
    public ArchiveView ownerMovesIn(@PathParam("unit") UnitId unit, @Valid EstateRequests.OwnerMoveIn request) {
        return moveIn.ownerMovesIn(unit, request == null ? null : request.movedInAt());
    }

    @POST
    @Path("move-in/tenant")
    @Operation(summary = "EST-05: a tenant moves in with the owner's commitment letter, the lease and a safety letter")
    public Response tenantMovesIn(@PathParam("unit") UnitId unit, @NotNull @Valid EstateRequests.TenantMoveIn request) {
        ArchiveView archive = moveIn.tenantMovesIn(new MoveIn.TenantMoveIn(unit, request.tenant().data(),
                request.ownerCommitment(), request.lease(), request.safetyLetter(), request.movedInAt()));
        return Response.status(Response.Status.CREATED).entity(archive).build();
    }

    @POST
    @Path("move-out/tenant")
    @Operation(summary = "EST-06: the tenant moves out: an issued goods-release pass it alone uses, meters read on the day, charges settled, the owner agrees")
    public ArchiveView tenantMovesOut(@PathParam("unit") UnitId unit, @NotNull @Valid EstateRequests.TenantMoveOut request) {
        return moveOut.tenantMovesOut(unit, request.command());
    }

    @POST
    @Path("move-out/owner")
    @Operation(summary = "EST-02: the owner moves out and keeps the unit: meters read on the day, charges settled (FRONT_DESK)")
    public ArchiveView ownerMovesOut(@PathParam("unit") UnitId unit, @Valid EstateRequests.OwnerMoveOut request) {
        return moveOut.ownerMovesOut(unit, request == null ? new MoveOut.OwnerMoveOut(null, null) : request.command());
    }

    @POST
    @Path("transfer")
    @Operation(summary = "EST-07: record an ownership transfer (FRONT_DESK): the old owner's later days credited back and every "
            + "open obligation disposed of; it waits for the cashier to record the new owner's prepayment")
    public Response transfer(@PathParam("unit") UnitId unit, @NotNull @Valid EstateRequests.Transfer request, @Context UriInfo uri) {
        TransferView recorded = transfers.transfer(unit, request.command());
        return Response.created(uri.getBaseUriBuilder().path("transfers").path(recorded.id().toString()).build())
                .entity(recorded).build();
    }

    @GET
    @Path("transfers")
    public List<TransferView> transfersOf(@PathParam("unit") UnitId unit) {
        return transfers.ofUnit(unit);
    }

    @POST
    @Path("meter-readings")
    @Operation(summary = "DEP-02: read the unit's meters; the consumption since each last reading is billed at the published rate "
            + "(CASHIER, FRONT_DESK, ENGINEER)")
    public FeeAccountView readMeters(@PathParam("unit") UnitId unit, @NotNull @Valid EstateRequests.MeterRound request) {
        return fees.readMeters(unit, request.command());
    }

    @POST
    @Path("fees/refunds/{line}/payout")
    @Operation(summary = "Pay out a refund owed to a payer, once, against the receipt (CASHIER)")
    public FeeAccountView payRefund(@PathParam("unit") UnitId unit, @PathParam("line") String line,
                                    @NotNull @Valid EstateRequests.Receipt request) {
        return fees.payRefund(unit, Ids.parse(line, "refund line"), request.receipt());
    }

    @GET
    @Path("fees")
    @Operation(summary = "The unit's fee account: charged, paid, arrears, credit and refunds due in fen, the number of lines "
            + "and the latest 10 of them (every line, paged: …/fees/lines)")
    public FeeAccountView feeAccount(@PathParam("unit") UnitId unit) {
        return browse.feeAccount(unit);
    }

    @GET
    @Path("fees/lines")
    @Operation(summary = "Every line of the unit's fee account, oldest first, paged")
    public Response feeLines(@PathParam("unit") UnitId unit, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return Pages.ok(browse.feeLines(unit, page.request()), uri);
    }

    @POST
    @Path("fees/charges")
    @Operation(summary = "Charge the unit (CASHIER)")
    public FeeAccountView charge(@PathParam("unit") UnitId unit, @NotNull @Valid EstateRequests.Charge request) {
        return fees.charge(unit, request.command());
    }

    @POST
    @Path("fees/payments")
    @Operation(summary = "Record a payment against the unit (CASHIER)")
    public FeeAccountView pay(@PathParam("unit") UnitId unit, @NotNull @Valid EstateRequests.Payment request) {
        return fees.pay(unit, request.command());
    }

    @POST
    @Path("fees/lines/{line}/reversal")
    @Operation(summary = "DEP-06: reverse a mistaken charge or payment with a new line, with a reason and the project manager's "
            + "approval (fees.reversal); lines are never edited (CASHIER)")
    public FeeAccountView reverse(@PathParam("unit") UnitId unit, @PathParam("line") String line,
                                  @NotNull @Valid EstateRequests.Reversal request) {
        return fees.reverse(unit, Ids.parse(line, "fee line"), request.command());
    }
}
