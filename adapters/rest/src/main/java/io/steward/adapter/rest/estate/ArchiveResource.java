package io.steward.adapter.rest.estate;

import jakarta.enterprise.context.ApplicationScoped;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.in.AccessOwnerData;
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

/** EST-08: owner archives are masked; unmasked reads and disclosures need approvals (see /approvals) and are audited. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Owner data (EST-08)")
@ApplicationScoped
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
    @Operation(summary = "The archive, personal data masked unless the caller holds the grant for its unit")
    public ArchiveView read(@PathParam("archive") ArchiveId archive) {
        return archives.read(archive);
    }

    @GET
    @Path("archives/{archive}/unmasked")
    @Operation(summary = "The archive unmasked: needs the caller's current personal-data.read approval for its unit; audited, refusals too")
    public ArchiveView readUnmasked(@PathParam("archive") ArchiveId archive) {
        return archives.readUnmasked(archive);
    }

    @POST
    @Path("archives/{archive}/disclosure")
    @Operation(summary = "Give the archive to the recipient that company leadership's approval names, once; audited")
    public ArchiveView disclose(@PathParam("archive") ArchiveId archive, @NotNull @Valid EstateRequests.Disclosure disclosure) {
        return archives.disclose(archive, disclosure.command());
    }
}
