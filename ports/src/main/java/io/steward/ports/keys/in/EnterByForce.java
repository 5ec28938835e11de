package io.steward.ports.keys.in;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.out.ForcedEntryState;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.Instant;
import java.util.List;

/**
 * KEY-11 破门 (002 L159–163): only when the occupant cannot be reached, it is extremely urgent and greater loss
 * would follow; with the project GM's approval; two or more staff enter together. Afterwards the scene is
 * protected, photographed and recorded; customer service contacts the occupant, who confirms on site.
 */
public interface EnterByForce {
    /** Records the entry (SECURITY, CONTROL_ROOM or PROJECT_GM); refused unless every condition is met. */
    ForcedEntryState enter(UnitId unit, Entry entry);

    /** The scene: protected, photographed, recorded (SECURITY, CONTROL_ROOM or PROJECT_GM). */
    ForcedEntryState recordScene(ForcedEntryId entry, Scene scene);

    /** Customer service reached the occupant (FRONT_DESK). */
    ForcedEntryState occupantContacted(ForcedEntryId entry, Contact contact);

    /** The occupant confirmed on site (FRONT_DESK). */
    ForcedEntryState occupantConfirmed(ForcedEntryId entry, Confirmation confirmation);

    ForcedEntryState find(ForcedEntryId entry);

    List<ForcedEntryState> ofUnit(UnitId unit);

    /**
     * @param occupantUnreachable the occupant could not be contacted
     * @param extremelyUrgent     it could not wait
     * @param greaterLoss         greater loss would follow without entering
     * @param approval            the project GM's approval
     * @param staff               the staff who entered together
     */
    record Entry(String incident, boolean occupantUnreachable, boolean extremelyUrgent, boolean greaterLoss,
                 Approval approval, List<String> staff, Instant enteredAt) {
        public Entry {
            incident = Texts.required(incident, "the incident reference");
            staff = staff == null ? List.of() : staff.stream().map(s -> Texts.required(s, "each member of staff")).distinct().toList();
            if (enteredAt == null) {
                throw new InvalidInput("when the premises were entered is required");
            }
        }
    }

    record Scene(boolean sceneProtected, List<String> photos, String notes) {
        public Scene {
            photos = photos == null ? List.of() : photos.stream().map(p -> Texts.required(p, "each photo reference")).toList();
            notes = Texts.required(notes, "the record of the scene");
        }
    }

    record Contact(String occupant, String means) {
        public Contact {
            occupant = Texts.required(occupant, "the occupant reached");
            means = Texts.required(means, "how the occupant was reached");
        }
    }

    record Confirmation(String signature) {
        public Confirmation {
            signature = Texts.required(signature, "the occupant's signature");
        }
    }
}
