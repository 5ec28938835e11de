package io.steward.adapter.rest.estate;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.in.AccessOwnerData;
import io.steward.ports.estate.out.AccessGrantState;
import io.steward.ports.shared.Ids;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** EST-08: owner archives are masked; unmasked reads and disclosures go through approved, audited requests. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Owner data (EST-08)")
public class ArchiveResource {
    private final AccessOwnerData archives;

    @Inject
    public ArchiveResource(AccessOwnerData archives) {
        this.archives = archives;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public ArchiveResource() {
        this(null);
    }

    @GET
    @Path("archives/{archive}")
    @Operation(summary = "The archive with personal data masked")
    public ArchiveView read(@PathParam("archive") String archive) {
        return archives.read(ArchiveId.parse(archive));
    }

    @GET
    @Path("archives/{archive}/unmasked")
    @Operation(summary = "The archive unmasked: needs the caller's approved, unexpired READ request; audited")
    public ArchiveView readUnmasked(@PathParam("archive") String archive) {
        return archives.readUnmasked(ArchiveId.parse(archive));
    }

    @GET
    @Path("archives/{archive}/access-requests")
    public List<AccessGrantState> requests(@PathParam("archive") String archive) {
        return archives.requests(ArchiveId.parse(archive));
    }

    @POST
    @Path("archives/{archive}/access-requests")
    @Operation(summary = "Ask to read the archive unmasked (READ) or to disclose it outside the company (DISCLOSE)")
    public Response request(@PathParam("archive") String archive, @NotNull @Valid EstateRequests.AccessRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(archives.request(ArchiveId.parse(archive), request.command())).build();
    }

    @POST
    @Path("access-requests/{request}/decision")
    @Operation(summary = "The archivist (READ) or COMPANY_GM (DISCLOSE) approves or refuses; never their own request")
    public AccessGrantState decide(@PathParam("request") String request, @NotNull @Valid EstateRequests.Decision decision) {
        return archives.decide(Ids.parse(request, "access request"), decision.approve());
    }

    @POST
    @Path("access-requests/{request}/disclosure")
    @Operation(summary = "Record that approved data was given to its recipient; answers what was disclosed")
    public ArchiveView disclose(@PathParam("request") String request) {
        return archives.disclose(Ids.parse(request, "access request"));
    }
}
