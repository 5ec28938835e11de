package io.steward.adapter.rest.shared;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.adapter.rest.PageParams;
import io.steward.adapter.rest.Pages;
import io.steward.adapter.rest.Params;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalPurpose;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.ApprovalView;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.in.Approve;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Approvals as acts of the approver: asked for about one subject, given or declined by a person who holds the approving
 * role (never the one who asked), then named by the act they allow.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Approvals")
@ApplicationScoped
public class ApprovalResource {
    private final Approve approvals;

    @Inject
    public ApprovalResource(Approve approvals) {
        this.approvals = approvals;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public ApprovalResource() {
        this(null);
    }

    /** An approval asked for. */
    public record Request(@NotNull EstateId estate, @NotBlank @Size(max = 64) String purpose,
                          @NotBlank @Size(max = 100) String subject, @NotBlank @Size(max = 1000) String reason,
                          @Size(max = 500) String detail) {
    }

    /** The approver's note with a decision. */
    public record Decision(@Size(max = 1000) String note) {
    }

    @GET
    @Path("approval-purposes")
    @Operation(summary = "What an approval can be asked for: who asks, who approves, how long it lasts, its rule")
    public List<ApprovalPurpose> purposes() {
        return approvals.purposes();
    }

    @POST
    @Path("approvals")
    @Operation(summary = "Ask for an approval of a purpose about one subject, with a reason")
    public Response request(@NotNull @Valid Request request, @Context UriInfo uri) {
        ApprovalView asked = approvals.request(new Approve.Request(request.estate(), request.purpose(), request.subject(),
                request.reason(), request.detail()));
        return Response.created(uri.getBaseUriBuilder().path("approvals").path(asked.id().toString()).build()).entity(asked).build();
    }

    @GET
    @Path("approvals/{approval}")
    public ApprovalView approval(@PathParam("approval") ApprovalId approval) {
        return approvals.approval(approval);
    }

    @POST
    @Path("approvals/{approval}/approval")
    @Operation(summary = "Give the approval (or ratify an act done first): a holder of an approving role, not the asker")
    public ApprovalView approve(@PathParam("approval") ApprovalId approval, @Valid Decision decision) {
        return approvals.approve(approval, decision == null ? null : decision.note());
    }

    @POST
    @Path("approvals/{approval}/decline")
    @Operation(summary = "Decline the approval")
    public ApprovalView decline(@PathParam("approval") ApprovalId approval, @Valid Decision decision) {
        return approvals.decline(approval, decision == null ? null : decision.note());
    }

    @GET
    @Path("approvals")
    @Operation(summary = "An estate's approvals (?estate=<id>), newest first: &status=PENDING for what awaits a decision; "
            + "&subject=<id> for every approval about one object, oldest first")
    public Response ofEstate(@QueryParam("estate") EstateId estate, @QueryParam("status") String status,
                             @QueryParam("subject") String subject, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        if (estate == null) {
            throw new InvalidInput("name the estate: ?estate=<id>");
        }
        if (subject != null && !subject.isBlank()) {
            return Response.ok(approvals.about(estate, subject.trim())).build();
        }
        return Pages.ok(approvals.approvals(estate, Params.optionalEnum(ApprovalStatus.class, status, "status"), page.request()), uri);
    }
}
