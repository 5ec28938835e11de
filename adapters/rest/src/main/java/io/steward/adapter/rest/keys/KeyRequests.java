package io.steward.adapter.rest.keys;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.Role;
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

    public record ApprovalBody(@NotBlank @Size(max = 100) String person, @NotNull Role role) {
        Approval approval() {
            return new Approval(person, role);
        }
    }

    public record AbnormalRelease(@NotBlank @Size(max = 100) String recipient, @NotBlank @Size(max = 64) String identityDocument,
                                  @NotBlank @Size(max = 500) String reason, @NotNull @Valid ApprovalBody projectManager,
                                  @NotNull @Valid ApprovalBody leadership, @NotBlank @Size(max = 100) String signature) {
        MoveKeys.AbnormalRelease command() {
            return new MoveKeys.AbnormalRelease(recipient, identityDocument, reason, projectManager.approval(),
                    leadership.approval(), signature);
        }
    }

    public record Loss(@NotBlank @Size(max = 1000) String circumstances, boolean managementFault,
                       @Size(max = 100) String projectManager) {
        MoveKeys.Loss command() {
            return new MoveKeys.Loss(circumstances, managementFault, projectManager);
        }
    }

    public record EmergencyUse(@NotBlank @Size(max = 100) String incident, @NotBlank @Size(max = 100) String takenBy,
                               @NotBlank @Size(max = 500) String reason) {
        MoveKeys.EmergencyUse command() {
            return new MoveKeys.EmergencyUse(incident, takenBy, reason);
        }
    }

    public record ForcedEntry(@NotNull UnitId unit, @NotBlank @Size(max = 100) String incident, boolean occupantUnreachable,
                              boolean extremelyUrgent, boolean greaterLoss, @Valid ApprovalBody approval,
                              @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> staff, @NotNull Instant enteredAt) {
        EnterByForce.Entry command() {
            return new EnterByForce.Entry(incident, occupantUnreachable, extremelyUrgent, greaterLoss,
                    approval == null ? null : approval.approval(), staff, enteredAt);
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
