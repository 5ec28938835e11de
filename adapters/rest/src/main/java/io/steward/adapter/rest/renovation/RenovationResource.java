package io.steward.adapter.rest.renovation;

import io.steward.adapter.rest.IdempotencyFilter;
import io.steward.adapter.rest.Params;
import io.steward.adapter.rest.deposits.PostingIds;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.in.ApplyForRenovation;
import io.steward.ports.renovation.in.BrowseRenovations;
import io.steward.ports.renovation.in.SettleRenovationDeposit;
import io.steward.ports.renovation.in.SuperviseRenovation;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Renovations (REN-01 … REN-10) and their deposits' refunds (DEP-04): one resource per renovation, each step of the
 * process a sub-resource it POSTs to, in the seed's order. The money steps — the fees with the deposit, a penalty held,
 * the refund — take an {@code Idempotency-Key}, from which the ledger's posting id is derived.
 */
@Path("renovations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Renovation (REN, DEP-04)")
@ApplicationScoped
public class RenovationResource {
    private final ApplyForRenovation apply;
    private final SuperviseRenovation supervise;
    private final SettleRenovationDeposit settle;
    private final BrowseRenovations browse;

    @Inject
    public RenovationResource(ApplyForRenovation apply, SuperviseRenovation supervise, SettleRenovationDeposit settle,
                              BrowseRenovations browse) {
        this.apply = apply;
        this.supervise = supervise;
        this.settle = settle;
        this.browse = browse;
    }

    /** For Jakarta REST runtimes that want a public constructor before they ask CDI for the instance (RESTEasy). */
    public RenovationResource() {
        this(null, null, null, null);
    }

    @POST
    @Operation(summary = "REN-01: the owner's application (or a proxy's, with a power of attorney), its documents checked (FRONT_DESK)")
    public Response applyFor(@NotNull @Valid RenovationRequests.Application a, @Context UriInfo uri) {
        RenovationView v = apply.apply(a.unit(), a.command());
        return Response.created(uri.getBaseUriBuilder().path("renovations").path(v.id().toString()).build()).entity(v).build();
    }

    @GET
    @Path("{renovation}")
    @Operation(summary = "A renovation with every form and its timeline (staff of the estate, or the unit's residents)")
    public RenovationView renovation(@PathParam("renovation") RenovationId id) {
        return browse.renovation(id);
    }

    @GET
    @Operation(summary = "The estate's renovations (?estate=<id>; ?status=, default the active ones), oldest first")
    public List<RenovationView> ofEstate(@QueryParam("estate") EstateId estate, @QueryParam("status") String status) {
        return browse.ofEstate(Params.estate(estate), Params.optionalEnum(RenovationStatus.class, status, "status"));
    }

    @GET
    @Path("awaiting-approval")
    @Operation(summary = "REN-02: applications waiting for approval, with their due time, the overdue ones flagged")
    public List<BrowseRenovations.ApprovalDue> awaitingApproval(@QueryParam("estate") EstateId estate) {
        return browse.awaitingApproval(Params.estate(estate));
    }

    @GET
    @Path("missing-rounds")
    @Operation(summary = "REN-08: renovations in works on ?day= without a department's daily round")
    public List<BrowseRenovations.MissingRounds> missingRounds(@QueryParam("estate") EstateId estate,
                                                              @QueryParam("day") String day) {
        return browse.missingRounds(Params.estate(estate), Params.date(day, "day"));
    }

    @POST
    @Path("{renovation}/signatures")
    @Operation(summary = "REN-02: sign the approval for your department: CUSTOMER_SERVICE (FRONT_DESK) or ENGINEERING (ENGINEER)")
    public RenovationView sign(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Signature s) {
        return apply.sign(id, new ApplyForRenovation.Sign(s.department(), s.note()));
    }

    @POST
    @Path("{renovation}/rejection")
    @Operation(summary = "REN-02: refuse the application, with the reason told to the owner (FRONT_DESK, ENGINEER)")
    public RenovationView reject(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Reason r) {
        return apply.reject(id, r.reason());
    }

    @POST
    @Path("{renovation}/withdrawal")
    @Operation(summary = "Withdraw the application before the fees are paid (FRONT_DESK)")
    public RenovationView withdraw(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Reason r) {
        return apply.withdraw(id, r.reason());
    }

    @POST
    @Path("{renovation}/cancellation")
    @Operation(summary = "Cancel after the fees, before the works: the deposit refunded whole on the project manager's"
            + " renovation.refund approval (CASHIER; Idempotency-Key required)")
    public RenovationView cancel(@PathParam("renovation") RenovationId id, @HeaderParam(IdempotencyFilter.HEADER) String key,
                                 @NotNull @Valid RenovationRequests.Cancel c) {
        return apply.cancel(id, new ApplyForRenovation.Cancel(c.reason(), c.approval(),
                PostingIds.of(key, "renovation-cancel", id), c.memo()));
    }

    @POST
    @Path("{renovation}/guide")
    @Operation(summary = "REN-03: the government-approval guide handed to the owner (fire systems, structure, gas)")
    public RenovationView guide(@PathParam("renovation") RenovationId id, @Valid RenovationRequests.Note n) {
        return apply.handOverGuide(id, n == null ? null : n.note());
    }

    @POST
    @Path("{renovation}/agreement")
    @Operation(summary = "REN-04: the owner confirms; the agreement signed (by the contractor only where delegated)")
    public RenovationView agree(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Agreement a) {
        return apply.agree(id, new ApplyForRenovation.Agree(a.ownerConfirmed(), a.signedBy(), a.signerName(),
                a.prohibitionsExplained()));
    }

    @GET
    @Path("{renovation}/quote")
    @Operation(summary = "REN-05 / DEP-02: the fees of the published schedule for ?passes= worker passes")
    public ApplyForRenovation.FeeQuote quote(@PathParam("renovation") RenovationId id, @QueryParam("passes") String passes) {
        return apply.quote(id, Params.integer(passes, "passes", 0, 0, ApplyForRenovation.MAX_PASSES));
    }

    @POST
    @Path("{renovation}/fees")
    @Operation(summary = "REN-05 / DEP-01: the quoted fees paid, the deposit collected (CASHIER; Idempotency-Key required)")
    public RenovationView pay(@PathParam("renovation") RenovationId id, @HeaderParam(IdempotencyFilter.HEADER) String key,
                              @NotNull @Valid RenovationRequests.Payment p) {
        return apply.payFees(id, new ApplyForRenovation.PayFees(PostingIds.of(key, "renovation-fees", id), p.passes(),
                Fen.of(p.total()), p.depositHolder(), p.receipt()));
    }

    @POST
    @Path("{renovation}/permit")
    @Operation(summary = "REN-06: the site permit with the estate's service phone (FRONT_DESK)")
    public RenovationView permit(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Permit p) {
        return apply.issuePermit(id, p.number());
    }

    @POST
    @Path("{renovation}/workers")
    @Operation(summary = "REN-06: a worker pass, no more than were paid for (FRONT_DESK)")
    public RenovationView worker(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Worker w) {
        return apply.registerWorker(id, new ApplyForRenovation.Worker(w.passNumber(), w.name(), w.idNumber()));
    }

    @POST
    @Path("{renovation}/entry")
    @Operation(summary = "REN-07: the entry inspection with the contractor or owner; the unit becomes RENOVATING")
    public RenovationView entry(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Entry e) {
        return apply.inspectEntry(id, new ApplyForRenovation.Entry(e.witness(), e.witnessName(), e.notes()));
    }

    @POST
    @Path("{renovation}/rounds")
    @Operation(summary = "REN-08: your department's daily round; hot work or gas and welding gear seen without papers is a finding")
    public RenovationView round(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Round r) {
        return supervise.round(id, new SuperviseRenovation.Round(r.department(), r.observed(), r.note()));
    }

    @POST
    @Path("{renovation}/hot-work-permits")
    @Operation(summary = "REN-08: a hot-work permit (动火审批) for a period (ENGINEER, SECURITY, PROJECT_MANAGER)")
    public RenovationView hotWork(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.HotWork h) {
        return supervise.permitHotWork(id, new SuperviseRenovation.HotWork(h.from(), h.to(), h.location()));
    }

    @POST
    @Path("{renovation}/consents")
    @Operation(summary = "REN-08: written consent for GAS_CYLINDERS or WELDING_GEAR until a day")
    public RenovationView consent(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Consent c) {
        return supervise.consent(id, new SuperviseRenovation.Consent(c.item(), c.until(), c.note()));
    }

    @POST
    @Path("{renovation}/warnings")
    @Operation(summary = "REN-09: a minor violation's verbal warning")
    public RenovationView warn(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Warning w) {
        return supervise.warn(id, new SuperviseRenovation.Warning(w.description(), w.warned()));
    }

    @POST
    @Path("{renovation}/notices")
    @Operation(summary = "REN-09: a serious violation's notice: the owner phoned first, then the contractor, both signed")
    public RenovationView notice(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Notice n) {
        return supervise.notice(id, n.command());
    }

    @POST
    @Path("{renovation}/notices/{number}/penalty")
    @Operation(summary = "REN-09 / DEP-03: the notice's penalty held against the deposit on the project manager's approval"
            + " (CASHIER; Idempotency-Key required)")
    public RenovationView penalty(@PathParam("renovation") RenovationId id, @PathParam("number") String number,
                                  @HeaderParam(IdempotencyFilter.HEADER) String key,
                                  @NotNull @Valid RenovationRequests.Penalty p) {
        int n = Params.integer(number, "number", 0, 1, 10_000);
        return supervise.filePenalty(id, n, new SuperviseRenovation.FilePenalty(p.approval(),
                PostingIds.of(key, "renovation-penalty-" + n, id)));
    }

    @POST
    @Path("{renovation}/acceptance-requests")
    @Operation(summary = "REN-10: the owner asks for completion acceptance (FRONT_DESK)")
    public RenovationView requestAcceptance(@PathParam("renovation") RenovationId id, @Valid RenovationRequests.Note n) {
        return supervise.requestAcceptance(id, n == null ? null : n.note());
    }

    @POST
    @Path("{renovation}/acceptance-checks")
    @Operation(summary = "REN-10: your department's check (ENGINEERING or SECURITY); failed items with the fix explained")
    public RenovationView accept(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.Acceptance a) {
        return supervise.accept(id, a.command());
    }

    @GET
    @Path("refunds-due")
    @Operation(summary = "DEP-04: refunds due by the end of ?month=yyyy-MM and not settled, earliest first")
    public List<SettleRenovationDeposit.RefundDue> refundsDue(@QueryParam("estate") EstateId estate,
                                                             @QueryParam("month") String month) {
        return settle.refundsDue(Params.estate(estate), month(month));
    }

    @POST
    @Path("refunds-due/notifications")
    @Operation(summary = "DEP-04: tell each refund that came due and was not told yet (an event each); answers those told")
    public List<SettleRenovationDeposit.RefundDue> notifyRefundsDue(@QueryParam("estate") EstateId estate) {
        return settle.notifyRefundsDue(Params.estate(estate));
    }

    @POST
    @Path("{renovation}/neighbour-checks")
    @Operation(summary = "DEP-04: whether a public or neighbours' interest was harmed (prohibited works, leaks)")
    public RenovationView checkNeighbours(@PathParam("renovation") RenovationId id,
                                          @NotNull @Valid RenovationRequests.NeighbourCheck c) {
        return settle.checkNeighbours(id, new SettleRenovationDeposit.NeighbourCheck(c.harmed(), c.findings(), c.remedy()));
    }

    @POST
    @Path("{renovation}/refund-request")
    @Operation(summary = "DEP-04: the owner or the contractor (with the owner's consent) asks for the refund")
    public RenovationView requestRefund(@PathParam("renovation") RenovationId id,
                                        @NotNull @Valid RenovationRequests.RefundRequest r) {
        return settle.requestRefund(id, r.command());
    }

    @POST
    @Path("{renovation}/sign-offs")
    @Operation(summary = "DEP-04: a party's sign-off: OWNER, CONTRACTOR, or PROJECT_CENTRE (signed as the caller)")
    public RenovationView signOff(@PathParam("renovation") RenovationId id, @NotNull @Valid RenovationRequests.SignOff s) {
        return settle.signOff(id, new SettleRenovationDeposit.SignOff(s.party(), s.signerName()));
    }

    @POST
    @Path("{renovation}/refund")
    @Operation(summary = "DEP-04: the refund on the project manager's approval of the refundable amount, with the memo"
            + " (CASHIER; Idempotency-Key required)")
    public RenovationView refund(@PathParam("renovation") RenovationId id, @HeaderParam(IdempotencyFilter.HEADER) String key,
                                 @NotNull @Valid RenovationRequests.Refund r) {
        return settle.refund(id, new SettleRenovationDeposit.Refund(r.approval(), PostingIds.of(key, "renovation-refund", id),
                r.memo()));
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("name the month: ?month=yyyy-MM");
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month is yyyy-MM, not " + (text.length() > 20 ? text.substring(0, 20) + "…" : text));
        }
    }
}
