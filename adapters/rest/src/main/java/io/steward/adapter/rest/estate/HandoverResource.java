package io.steward.adapter.rest.estate;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.in.BrowseEstates;
import io.steward.ports.estate.in.HandOverUnit;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * EST-04 房屋交接, one sub-resource per step in the order of the rule. Each POST performs the step and answers the
 * handover with its {@code nextStage}; a step out of order is a 422 naming EST-04.
 */
@Path("handovers/{handover}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Handover (EST-04)")
@ApplicationScoped
public class HandoverResource {
    private final HandOverUnit handover;
    private final BrowseEstates browse;

    @Inject
    public HandoverResource(HandOverUnit handover, BrowseEstates browse) {
        this.handover = handover;
        this.browse = browse;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public HandoverResource() {
        this(null, null);
    }

    @GET
    public HandoverView handover(@PathParam("handover") HandoverId id) {
        return browse.handover(id);
    }

    @POST
    @Path("identity-check")
    @Operation(summary = "1. Verify the owner against the roster, the ID document and the purchase contract")
    public HandoverView verifyIdentity(@PathParam("handover") HandoverId id, @NotNull @Valid EstateRequests.IdentityCheck request) {
        return perform(id, request.step());
    }

    @POST
    @Path("documents")
    @Operation(summary = "2. Collect the ID copy and the owner's documents")
    public HandoverView collectDocuments(@PathParam("handover") HandoverId id, @NotNull @Valid EstateRequests.Documents request) {
        return perform(id, new HandOverUnit.CollectDocuments(request.documents()));
    }

    @POST
    @Path("archive")
    @Operation(summary = "3. Fill the owner archive; the emergency mobile and the birthday are mandatory")
    public HandoverView fillArchive(@PathParam("handover") HandoverId id, @NotNull @Valid EstateRequests.OwnerArchive request) {
        return perform(id, new HandOverUnit.FillArchive(request.owner().data()));
    }

    @POST
    @Path("safety-letter")
    @Operation(summary = "4. The safety-responsibility letter (安全责任制书) is signed")
    public HandoverView signSafetyLetter(@PathParam("handover") HandoverId id, @NotNull @Valid EstateRequests.SafetyLetter request) {
        return perform(id, new HandOverUnit.SignSafetyLetter(request.letterReference()));
    }

    @POST
    @Path("fees")
    @Operation(summary = "5. Compute the prepaid fees from the handover date — today; an earlier date with the project "
            + "manager's approval (handover.back-date) — with the estate's fee schedule")
    public HandoverView computeFees(@PathParam("handover") HandoverId id, @Valid EstateRequests.FeeComputation request) {
        return perform(id, request == null ? new HandOverUnit.ComputeFees(null, null) : request.step());
    }

    @POST
    @Path("payment")
    @Operation(summary = "6. The cashier records the payment (CASHIER); never more than is due")
    public HandoverView recordPayment(@PathParam("handover") HandoverId id, @NotNull @Valid EstateRequests.Payment request) {
        return perform(id, new HandOverUnit.RecordPayment(request.command().amount(), request.receipt()));
    }

    @POST
    @Path("inspection")
    @Operation(summary = "7. The joint inspection with the owner: its defects list, the rectification key, the meters read")
    public HandoverView recordInspection(@PathParam("handover") HandoverId id, @NotNull @Valid EstateRequests.Inspection request) {
        return perform(id, request.step());
    }

    @POST
    @Path("keys")
    @Operation(summary = "8. Keys and handbooks handed over against the owner's signature; the unit becomes VACANT")
    public HandoverView handOverKeys(@PathParam("handover") HandoverId id, @NotNull @Valid EstateRequests.KeyHandover request) {
        return perform(id, request.step());
    }

    @POST
    @Path("decline")
    @Operation(summary = "The owner does not take the unit over; the reason is recorded")
    public HandoverView decline(@PathParam("handover") HandoverId id, @NotNull @Valid EstateRequests.Reason request) {
        return perform(id, new HandOverUnit.Decline(request.reason()));
    }

    @POST
    @Path("defects/{number}/rectification")
    public HandoverView rectify(@PathParam("handover") HandoverId id, @PathParam("number") int number,
                                @NotNull @Valid EstateRequests.Rectification request) {
        return perform(id, new HandOverUnit.RectifyDefect(number, request.rectification()));
    }

    @POST
    @Path("defects/{number}/closure")
    public HandoverView close(@PathParam("handover") HandoverId id, @PathParam("number") int number) {
        return perform(id, new HandOverUnit.CloseDefect(number));
    }

    private HandoverView perform(HandoverId id, HandOverUnit.Step step) {
        return handover.perform(id, step);
    }
}
