package io.steward.adapter.rest.parking;

import io.steward.ports.estate.UnitId;
import io.steward.ports.parking.PaidService;
import io.steward.ports.parking.PriceListId;
import io.steward.ports.parking.PriceListView;
import io.steward.ports.parking.ServiceCharged;
import io.steward.ports.parking.in.OfferPaidServices;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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

/** PRK-02: the price list of paid services, drafted, approved, published; services charged from it. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Paid services (PRK-02)")
@ApplicationScoped
public class PaidServiceResource {
    private final OfferPaidServices services;

    @Inject
    public PaidServiceResource(OfferPaidServices services) {
        this.services = services;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public PaidServiceResource() {
        this(null);
    }

    public record Service(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 100) String name,
                          @NotNull @Positive @Max(Fen.MAX) Long price, @NotBlank @Size(max = 20) String per) {
        PaidService service() {
            return new PaidService(code, name, Fen.of(price), per);
        }
    }

    public record Draft(@NotNull EstateId estate, @NotEmpty @Size(max = 200) List<@Valid @NotNull Service> services) {
    }

    public record Publication(@NotNull ApprovalId approval) {
    }

    public record Order(@NotNull UnitId unit, @NotBlank @Size(max = 20) String service, @Min(1) @Max(1_000) int quantity,
                        @Size(max = 200) String reference) {
    }

    @POST
    @Path("price-lists")
    @Operation(summary = "PRK-02: draft the price list of paid services (FRONT_DESK)")
    public Response draft(@NotNull @Valid Draft d, @Context UriInfo uri) {
        PriceListView draft = services.draft(d.estate(), d.services().stream().map(Service::service).toList());
        return Response.created(uri.getBaseUriBuilder().path("price-lists").path(draft.id().toString()).build())
                .entity(draft).build();
    }

    @POST
    @Path("price-lists/{list}/publication")
    @Operation(summary = "PRK-02: publish a draft on the project manager's approval of it (approval purpose services.price-list)")
    public PriceListView publish(@PathParam("list") PriceListId list, @NotNull @Valid Publication p) {
        return services.publish(list, p.approval());
    }

    @GET
    @Path("price-lists/{list}")
    public PriceListView priceList(@PathParam("list") PriceListId list) {
        return services.priceList(list);
    }

    @GET
    @Path("price-lists")
    @Operation(summary = "PRK-02: the estate's published price list (?estate=<id>)")
    public PriceListView published(@QueryParam("estate") EstateId estate) {
        return services.published(io.steward.adapter.rest.Params.estate(estate));
    }

    @POST
    @Path("paid-services")
    @Operation(summary = "PRK-02: charge a paid service of the published list to a unit (FRONT_DESK, CASHIER)")
    public ServiceCharged charge(@NotNull @Valid Order o) {
        return services.charge(o.unit(), new OfferPaidServices.Order(o.service(), o.quantity(), o.reference()));
    }
}
