package io.steward.adapter.rest.keys;

import io.steward.ports.estate.UnitId;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.ApprovalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The request bodies of the key resources. Times are ISO-8601 instants. */
public final class KeyRequests {
    private KeyRequests() {
    }

    public record Keeper(@NotBlank @Size(max = 100) String keyManager) {
    }

    public record DeputyBody(@NotBlank @Size(max = 100) String person) {
    }

    public record HandoverKeys(@NotBlank @Size(max = 100) String staff, @NotNull Instant due) {
        MoveKeys.HandoverKeys command() {
            return new MoveKeys.HandoverKeys(staff, due);
        }
    }

    public record SpareConsent(@NotBlank @Size(max = 100) String occupant, @NotBlank @Size(max = 64) String identityDocument,
                               boolean consents) {
        MoveKeys.SpareConsent command() {
            return new MoveKeys.SpareConsent(occupant, identityDocument, consents);
        }
    }

    /** A key of a unit ({@code unit}) or of a common area ({@code commonArea}); {@code entrustment} with OWNER_ENTRUSTED. */
    public record NewKey(UnitId unit, @Size(max = 200) String commonArea, @Size(max = 100) String label,
                         @Min(1) @Max(100) int copies, @NotNull CustodyReason reason, @Valid Entrustment entrustment) {
        KeepKeyRegister.Registration command() {
            return new KeepKeyRegister.Registration(unit, commonArea, label, copies, reason,
                    entrustment == null ? null : entrustment.command());
        }
    }

    public record Entrustment(@NotBlank @Size(max = 100) String person, @NotBlank @Size(max = 64) String identityDocument,
                              boolean disclaimerAcknowledged) {
        KeepKeyRegister.Entrustment command() {
            return new KeepKeyRegister.Entrustment(person, identityDocument, disclaimerAcknowledged);
        }
    }

    public record Issue(@NotBlank @Size(max = 100) String owner, @NotBlank @Size(max = 64) String identityDocument,
                        @NotBlank @Size(max = 100) String signature) {
        MoveKeys.Issue command() {
            return new MoveKeys.Issue(owner, identityDocument, signature);
        }
    }

    public record Collection(@NotBlank @Size(max = 100) String collector, @NotBlank @Size(max = 64) String identityDocument,
                             @NotBlank @Size(max = 100) String signature) {
        MoveKeys.Collection command() {
            return new MoveKeys.Collection(collector, identityDocument, signature);
        }
    }

    public record Viewing(@NotBlank @Size(max = 100) String staff, @NotBlank @Size(max = 200) String visitor,
                          @NotNull Instant due) {
        MoveKeys.Viewing command() {
            return new MoveKeys.Viewing(staff, visitor, due);
        }
    }

    public record CheckOut(@NotBlank @Size(max = 100) String staff, @NotBlank @Size(max = 500) String purpose,
                           @Size(max = 200) String reference, @NotNull Instant due,
                           @NotBlank @Size(max = 100) String staffSignature) {
        MoveKeys.CheckOut command() {
            return new MoveKeys.CheckOut(staff, purpose, reference, due, staffSignature);
        }
    }

    public record Return(@NotBlank @Size(max = 100) String returnedBy) {
        MoveKeys.Return command() {
            return new MoveKeys.Return(returnedBy);
        }
    }

    /** KEY-08: the two approvals (see /approvals), the project manager's and company leadership's. */
    public record AbnormalRelease(@NotBlank @Size(max = 100) String recipient, @NotBlank @Size(max = 64) String identityDocument,
                                  @NotBlank @Size(max = 500) String reason, @NotNull ApprovalId projectManager,
                                  @NotNull ApprovalId leadership, @NotBlank @Size(max = 100) String signature) {
        MoveKeys.AbnormalRelease command() {
            return new MoveKeys.AbnormalRelease(recipient, identityDocument, reason, projectManager, leadership, signature);
        }
    }

    /** KEY-09: the recorded incident of the loss (see /incidents). */
    public record Loss(@NotBlank @Size(max = 1000) String circumstances, @NotNull IncidentId incident) {
        MoveKeys.Loss command() {
            return new MoveKeys.Loss(circumstances, incident);
        }
    }

    /** KEY-10: the recorded incident, who takes the spare key, why, and when it is due back. */
    public record EmergencyUse(@NotNull IncidentId incident, @NotBlank @Size(max = 100) String takenBy,
                               @NotBlank @Size(max = 500) String reason, @NotNull Instant due) {
        MoveKeys.EmergencyUse command() {
            return new MoveKeys.EmergencyUse(incident, takenBy, reason, due);
        }
    }

    /** KEY-11: the project GM's approval, or the reason the entry could not wait for one (then it is ratified later). */
    public record ForcedEntry(@NotNull UnitId unit, @NotNull IncidentId incident, boolean occupantUnreachable,
                              boolean extremelyUrgent, boolean greaterLoss, ApprovalId approval, @Size(max = 1000) String override,
                              @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> staff, @NotNull Instant enteredAt) {
        EnterByForce.Entry command() {
            return new EnterByForce.Entry(incident, occupantUnreachable, extremelyUrgent, greaterLoss, approval, override, staff,
                    enteredAt);
        }
    }

    public record Scene(boolean sceneProtected, @Size(max = 50) List<@NotBlank @Size(max = 500) String> photos,
                       @NotBlank @Size(max = 4000) String notes) {
        EnterByForce.Scene command() {
            return new EnterByForce.Scene(sceneProtected, photos, notes);
        }
    }

    public record Contact(@NotBlank @Size(max = 100) String occupant, @NotBlank @Size(max = 200) String means) {
        EnterByForce.Contact command() {
            return new EnterByForce.Contact(occupant, means);
        }
    }

    public record Confirmation(@NotBlank @Size(max = 100) String signature) {
        EnterByForce.Confirmation command() {
            return new EnterByForce.Confirmation(signature);
        }
    }
}
