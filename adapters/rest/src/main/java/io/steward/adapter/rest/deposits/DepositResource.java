package io.steward.adapter.rest.deposits;

import io.steward.adapter.rest.IdempotencyFilter;
import io.steward.adapter.rest.PageParams;
import io.steward.adapter.rest.Pages;
import io.steward.adapter.rest.Params;
import io.steward.ports.deposits.DeductionKind;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingView;
import io.steward.ports.deposits.in.KeepDeposits;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * DEP-03 / DEP-06: the deposits held and their ledger — deductions held, posted or voided, entries reversed. A deposit
 * is collected by the process it secures (a parking card: {@code POST /parking/rentals/{id}/card}), not here.
 */
@Path("deposits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deposits (DEP)")
@ApplicationScoped
public class DepositResource {
    private final KeepDeposits deposits;

    @Inject
    public DepositResource(KeepDeposits deposits) {
        this.deposits = deposits;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public DepositResource() {
        this(null);
    }

    /** A deduction to hold: {@code approval} for a PENALTY, {@code charge} (a fee line) for unpaid fees or utilities. */
    public record Deduction(@NotNull DeductionKind kind, @NotNull @Positive @Max(Fen.MAX) Long amount, ApprovalId approval,
                            UUID charge, @Size(max = 500) String evidence) {
    }

    public record End(@Size(max = 500) String reason, ApprovalId approval) {
    }

    public record Reversal(@NotNull PostingId entry, @NotBlank @Size(max = 500) String reason, ApprovalId approval) {
    }

    @GET
    @Path("held")
    @Operation(summary = "DEP-06: the deposits the estate holds (?estate=<id>), per purpose and holder kind, and in all")
    public io.steward.ports.deposits.DepositsHeld held(@QueryParam("estate") io.steward.ports.shared.EstateId estate) {
        return deposits.held(io.steward.adapter.rest.Params.estate(estate));
    }

    @GET
    @Path("{deposit}")
    @Operation(summary = "A deposit: its holder (masked), what it holds, what is withheld and what is available")
    public DepositView deposit(@PathParam("deposit") DepositId deposit) {
        return deposits.deposit(deposit);
    }

    @GET
    @Operation(summary = "DEP-06: the estate's deposits (?estate=<id>, ?status=HELD|SETTLED), oldest first")
    public Response ofEstate(@QueryParam("estate") EstateId estate, @QueryParam("status") String status,
                             @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return Pages.ok(deposits.ofEstate(Params.estate(estate), Params.optionalEnum(DepositStatus.class, status, "status"),
                page.request()), uri);
    }

    @GET
    @Path("{deposit}/postings")
    @Operation(summary = "The deposit's ledger entries, oldest first")
    public Response postings(@PathParam("deposit") DepositId deposit, @Valid @BeanParam PageParams page,
                             @Context UriInfo uri) {
        return Pages.ok(deposits.postings(deposit, page.request()), uri);
    }

    @POST
    @Path("{deposit}/deductions")
    @Operation(summary = "DEP-03: hold a deduction (CASHIER; Idempotency-Key required): a penalty the project manager "
            + "approved, or the unit's unpaid fees or utilities naming the charge")
    public PostingView hold(@PathParam("deposit") DepositId deposit, @HeaderParam(IdempotencyFilter.HEADER) String key,
                            @NotNull @Valid Deduction d) {
        return deposits.holdDeduction(deposit, new KeepDeposits.HoldDeduction(PostingIds.of(key, "deduction", deposit),
                d.kind(), Fen.of(d.amount()), d.approval(), d.charge(), d.evidence()));
    }

    @POST
    @Path("{deposit}/holds/{hold}/post")
    @Operation(summary = "Post a held deduction, whole (CASHIER; Idempotency-Key required)")
    public PostingView post(@PathParam("deposit") DepositId deposit, @PathParam("hold") PostingId hold,
                            @HeaderParam(IdempotencyFilter.HEADER) String key, @Valid End end) {
        return deposits.postHold(deposit, new KeepDeposits.EndHold(PostingIds.of(key, "post", hold), hold,
                end == null ? null : end.reason()));
    }

    @POST
    @Path("{deposit}/holds/{hold}/void")
    @Operation(summary = "Void a held deduction: nothing moves; a penalty's void names the project manager's"
            + " deposits.reversal approval of it (CASHIER; Idempotency-Key required)")
    public PostingView voidHold(@PathParam("deposit") DepositId deposit, @PathParam("hold") PostingId hold,
                                @HeaderParam(IdempotencyFilter.HEADER) String key, @Valid End end) {
        return deposits.voidHold(deposit, new KeepDeposits.EndHold(PostingIds.of(key, "void", hold), hold,
                end == null ? null : end.reason(), end == null ? null : end.approval()));
    }

    @POST
    @Path("{deposit}/reversals")
    @Operation(summary = "DEP-06: reverse a posted entry on the project manager's approval (CASHIER; Idempotency-Key required)")
    public PostingView reverse(@PathParam("deposit") DepositId deposit, @HeaderParam(IdempotencyFilter.HEADER) String key,
                               @NotNull @Valid Reversal r) {
        return deposits.reverse(deposit, new KeepDeposits.Reverse(PostingIds.of(key, "reversal", deposit), r.entry(),
                r.reason(), r.approval()));
    }
}
