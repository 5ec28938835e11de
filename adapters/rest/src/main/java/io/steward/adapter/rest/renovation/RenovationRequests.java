package io.steward.adapter.rest.renovation;

import io.steward.ports.deposits.HolderKind;
import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.Observation;
import io.steward.ports.renovation.RenovationParty;
import io.steward.ports.renovation.RenovationRecords;
import io.steward.ports.renovation.WorkTouch;
import io.steward.ports.renovation.in.ApplyForRenovation;
import io.steward.ports.renovation.in.SettleRenovationDeposit;
import io.steward.ports.renovation.in.SuperviseRenovation;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The request bodies of the renovation resource. Amounts are integer fen. */
public final class RenovationRequests {
    private RenovationRequests() {
    }

    /** REN-01: the contractor's documents and the date each is valid until. */
    public record Contractor(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 60) String licenceNumber,
                             @NotNull LocalDate licenceValidUntil, @NotBlank @Size(max = 60) String qualificationNumber,
                             @NotNull LocalDate qualificationValidUntil, @NotBlank @Size(max = 100) String representative,
                             @NotBlank @Size(max = 40) String representativeIdNumber,
                             @NotNull LocalDate representativeIdValidUntil, @NotBlank @Size(max = 30) String phone) {
        RenovationRecords.Contractor contractor() {
            return new RenovationRecords.Contractor(name, licenceNumber, licenceValidUntil, qualificationNumber,
                    qualificationValidUntil, representative, representativeIdNumber, representativeIdValidUntil, phone);
        }
    }

    /** REN-01: an application for {@code unit}; the owner is the unit's owner on file unless a proxy applies. */
    public record Application(@NotNull UnitId unit, boolean byProxy, @Size(max = 100) String proxyName,
                              @Size(max = 30) String proxyPhone, @Size(max = 200) String powerOfAttorney,
                              boolean applicationSignedByOwner, boolean commitmentSignedByOwner, boolean agreementDelegated,
                              @NotBlank @Size(max = 1000) String description, Set<@NotNull WorkTouch> works,
                              @Size(max = 200) String drawings, @NotNull @Valid Contractor contractor) {
        ApplyForRenovation.Apply command() {
            return new ApplyForRenovation.Apply(byProxy, proxyName, proxyPhone, powerOfAttorney, applicationSignedByOwner,
                    commitmentSignedByOwner, agreementDelegated, description, works, drawings, contractor.contractor());
        }
    }

    public record Signature(@NotNull Department department, @Size(max = 500) String note) {
    }

    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    public record Note(@Size(max = 500) String note) {
    }

    public record Agreement(boolean ownerConfirmed, @NotNull RenovationParty signedBy, @NotBlank @Size(max = 100) String signerName,
                            boolean prohibitionsExplained) {
    }

    /** REN-05: the payment of the quoted {@code total}. */
    public record Payment(@Min(0) @Max(ApplyForRenovation.MAX_PASSES) int passes,
                          @NotNull @PositiveOrZero @Max(Fen.MAX) Long total, @NotNull HolderKind depositHolder,
                          @NotBlank @Size(max = 40) String receipt) {
    }

    public record Permit(@NotBlank @Size(max = 40) String number) {
    }

    public record Worker(@NotBlank @Size(max = 40) String passNumber, @NotBlank @Size(max = 100) String name,
                         @NotBlank @Size(max = 40) String idNumber) {
    }

    public record Entry(@NotNull RenovationParty witness, @NotBlank @Size(max = 100) String witnessName,
                        @Size(max = 1000) String notes) {
    }

    public record Round(@NotNull Department department, Set<@NotNull Observation> observed, @Size(max = 1000) String note) {
    }

    public record HotWork(@NotNull Instant from, @NotNull Instant to, @NotBlank @Size(max = 200) String location) {
    }

    public record Consent(@NotNull Observation item, @NotNull LocalDate until, @Size(max = 500) String note) {
    }

    public record Warning(@NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 100) String warned) {
    }

    /** REN-09: a violation notice; {@code penalty} in fen, or none. */
    public record Notice(@NotBlank @Size(max = 1000) String description, @NotNull Instant ownerPhonedAt,
                         @NotNull Instant contractorPhonedAt, boolean signedByOwner, boolean signedByContractor,
                         @PositiveOrZero @Max(Fen.MAX) Long penalty) {
        SuperviseRenovation.Notice command() {
            return new SuperviseRenovation.Notice(description, ownerPhonedAt, contractorPhonedAt, signedByOwner,
                    signedByContractor, penalty == null ? null : Fen.of(penalty));
        }
    }

    public record Penalty(@NotNull ApprovalId approval) {
    }

    public record FailedItem(@NotBlank @Size(max = 200) String item, @Size(max = 500) String fix) {
    }

    public record Acceptance(@NotNull Department department, @Size(max = 100) List<@NotNull @Valid FailedItem> failed) {
        SuperviseRenovation.Acceptance command() {
            return new SuperviseRenovation.Acceptance(department, failed == null ? null : failed.stream()
                    .map(f -> new RenovationRecords.FailedItem(f.item(), f.fix())).toList());
        }
    }

    public record NeighbourCheck(boolean harmed, @NotBlank @Size(max = 1000) String findings,
                                 @Size(max = 500) String remedy) {
    }

    public record Cancel(@NotBlank @Size(max = 500) String reason, ApprovalId approval,
                         @NotBlank @Size(max = 40) String memo) {
    }

    public record RefundRequest(@NotNull RenovationParty requester, @NotBlank @Size(max = 100) String requesterName,
                                @Size(max = 200) String ownerConsent) {
        SettleRenovationDeposit.RefundRequest command() {
            return new SettleRenovationDeposit.RefundRequest(requester, requesterName, ownerConsent);
        }
    }

    public record SignOff(@NotNull RenovationParty party, @Size(max = 100) String signerName) {
    }

    public record Refund(ApprovalId approval, @NotBlank @Size(max = 40) String memo) {
    }
}
