package io.steward.adapter.rest.estate;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.ports.estate.TransferId;
import io.steward.ports.estate.TransferView;
import io.steward.ports.estate.in.TransferOwnership;
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

/** EST-07: an ownership transfer, from the desk's record to the cashier's prepayment that completes it. */
@Path("transfers/{transfer}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
@ApplicationScoped
public class TransferResource {
    private final TransferOwnership transfers;

    @Inject
    public TransferResource(TransferOwnership transfers) {
        this.transfers = transfers;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public TransferResource() {
        this(null);
    }

    @GET
    public TransferView transfer(@PathParam("transfer") TransferId transfer) {
        return transfers.find(transfer);
    }

    @POST
    @Path("prepayment")
    @Operation(summary = "EST-07: the cashier records the new owner's prepayment — at least the management fee for the prepaid "
            + "months, less any credit carried to them — which completes the transfer (CASHIER)")
    public TransferView prepayment(@PathParam("transfer") TransferId transfer, @NotNull @Valid EstateRequests.Prepayment request) {
        return transfers.recordPrepayment(transfer, request.command());
    }

    @POST
    @Path("cancellation")
    @Operation(summary = "Cancel a transfer that awaits its prepayment (FRONT_DESK)")
    public TransferView cancel(@PathParam("transfer") TransferId transfer, @NotNull @Valid EstateRequests.Reason request) {
        return transfers.cancel(transfer, request.reason());
    }
}
