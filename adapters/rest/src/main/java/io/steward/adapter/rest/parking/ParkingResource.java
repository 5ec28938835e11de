package io.steward.adapter.rest.parking;

import io.steward.adapter.rest.IdempotencyFilter;
import io.steward.adapter.rest.PageParams;
import io.steward.adapter.rest.Pages;
import io.steward.adapter.rest.Params;
import io.steward.adapter.rest.deposits.PostingIds;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.parking.ParkingRentalId;
import io.steward.ports.parking.RentalView;
import io.steward.ports.parking.TemporaryFee;
import io.steward.ports.parking.in.RentParking;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** PRK-01 / DEP-05: monthly parking rentals, their IC cards and the cards' deposits; temporary parking fees. */
@Path("parking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parking (PRK)")
@ApplicationScoped
public class ParkingResource {
    private final RentParking parking;

    @Inject
    public ParkingResource(RentParking parking) {
        this.parking = parking;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public ParkingResource() {
        this(null);
    }

    /** A monthly rental; the renter is named by their archive (an owner or tenant on file). */
    public record Rent(@NotNull EstateId estate, @NotNull ArchiveId renter, @NotBlank @Size(max = 60) String vehicleModel,
                       @NotBlank @Size(max = 10) String plate, @Size(max = 40) String licenceNumber, boolean licenceChecked,
                       @NotNull LocalDate from, @NotNull LocalDate to) {
    }

    public record Card(@NotBlank @Size(max = 40) String cardNumber, @NotBlank @Size(max = 40) String receipt) {
    }

    public record CardBack(@NotBlank @Size(max = 40) String memo) {
    }

    @POST
    @Path("rentals")
    @Operation(summary = "PRK-01: record a monthly rental for an owner or tenant on file, the licence checked (FRONT_DESK, CASHIER)")
    public Response rent(@NotNull @Valid Rent r, @Context UriInfo uri) {
        RentalView rental = parking.rent(r.estate(), new RentParking.Rent(r.renter(), r.vehicleModel(), r.plate(),
                r.licenceNumber(), r.licenceChecked(), r.from(), r.to()));
        return Response.created(uri.getBaseUriBuilder().path("parking/rentals").path(rental.id().toString()).build())
                .entity(rental).build();
    }

    @GET
    @Path("rentals/{rental}")
    public RentalView rental(@PathParam("rental") ParkingRentalId rental) {
        return parking.rental(rental);
    }

    @GET
    @Path("rentals")
    @Operation(summary = "The estate's monthly rentals (?estate=<id>), newest first")
    public Response rentals(@QueryParam("estate") EstateId estate, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return Pages.ok(parking.rentals(Params.estate(estate), page.request()), uri);
    }

    @POST
    @Path("rentals/{rental}/card")
    @Operation(summary = "PRK-01 / DEP-05: issue the rental's IC card against its CNY 50 deposit (CASHIER; Idempotency-Key required)")
    public RentalView issueCard(@PathParam("rental") ParkingRentalId rental, @HeaderParam(IdempotencyFilter.HEADER) String key,
                                @NotNull @Valid Card card) {
        return parking.issueCard(rental, new RentParking.IssueCard(PostingIds.of(key, "card", rental), card.cardNumber(),
                card.receipt()));
    }

    @POST
    @Path("rentals/{rental}/card/return")
    @Operation(summary = "DEP-05: the card back after the rental ended; its deposit refunded (CASHIER; Idempotency-Key required)")
    public RentalView returnCard(@PathParam("rental") ParkingRentalId rental, @HeaderParam(IdempotencyFilter.HEADER) String key,
                                 @NotNull @Valid CardBack back) {
        return parking.returnCard(rental, new RentParking.ReturnCard(PostingIds.of(key, "card-return", rental), back.memo()));
    }

    @GET
    @Path("garage-list")
    @Operation(summary = "PRK-01: the list for the garage cashier, the rentals running in the week from ?monday=<date>")
    public List<RentalView> garageList(@QueryParam("estate") EstateId estate, @QueryParam("monday") String monday) {
        return parking.garageList(Params.estate(estate), Params.date(monday, "monday"));
    }

    @GET
    @Path("rentals-ending")
    @Operation(summary = "PRK-01: the rentals running today that end within ?days= days (default 7), soonest first")
    public List<RentalView> endingSoon(@QueryParam("estate") EstateId estate, @QueryParam("days") String days) {
        return parking.endingSoon(Params.estate(estate), Params.integer(days, "days", 7, 0, RentParking.MAX_ENDING_DAYS));
    }

    @GET
    @Path("temporary-fee")
    @Operation(summary = "A temporary stay's fee by the estate's published tariff (?entry=, ?exit= ISO-8601 instants)")
    public TemporaryFee temporaryFee(@QueryParam("estate") EstateId estate, @QueryParam("entry") String entry,
                                     @QueryParam("exit") String exit) {
        if (entry == null || exit == null) {
            throw new InvalidInput("name the stay: ?entry=<instant>&exit=<instant>");
        }
        return parking.temporaryFee(Params.estate(estate), Params.instant(entry, "entry"), Params.instant(exit, "exit"));
    }
}
