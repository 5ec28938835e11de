package io.steward.ports.keys.in;

import io.steward.ports.estate.UnitId;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.ForcedEntryView;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.Instant;
import java.util.List;

/**
 * KEY-11 破门 (002 L159–163): only when the occupant cannot be reached, it is extremely urgent and greater loss
 * would follow, and no spare key of the unit is in the cabinet (KEY-10 comes first); with the project GM's approval —
 * an approval act, or, when it cannot wait, an override whose reason is recorded and which the project GM ratifies
 * afterwards; two or more staff enter together; against the recorded incident. Afterwards the scene is protected,
 * photographed and recorded; customer service contacts the occupant, who confirms on site. Views mask the occupant's
 * name unless the caller holds the grant to read the unit's personal data (EST-08).
 */
public interface EnterByForce {
    /** Records the entry (SECURITY, CONTROL_ROOM or PROJECT_GM); refused unless every condition is met. */
    ForcedEntryView enter(UnitId unit, Entry entry);

    /** The scene: protected, photographed, recorded (SECURITY, CONTROL_ROOM or PROJECT_GM). */
    ForcedEntryView recordScene(ForcedEntryId entry, Scene scene);

    /** Customer service reached the occupant (FRONT_DESK). */
    ForcedEntryView occupantContacted(ForcedEntryId entry, Contact contact);

    /** The occupant confirmed on site (FRONT_DESK). */
    ForcedEntryView occupantConfirmed(ForcedEntryId entry, Confirmation confirmation);

    ForcedEntryView find(ForcedEntryId entry);

    List<ForcedEntryView> ofUnit(UnitId unit);

    /**
     * @param occupantUnreachable the occupant could not be contacted
     * @param extremelyUrgent     it could not wait
     * @param greaterLoss         greater loss would follow without entering
     * @param approval            the project GM's approval ({@link io.steward.ports.keys.KeyApprovals#FORCED_ENTRY}), or
     * @param override            why it could not wait for the approval (then it is asked for, to be ratified)
     * @param staff               the staff who entered together
     */
    record Entry(IncidentId incident, boolean occupantUnreachable, boolean extremelyUrgent, boolean greaterLoss,
                 ApprovalId approval, String override, List<String> staff, Instant enteredAt) {
        public Entry {
            if (incident == null) {
                throw new InvalidInput("a forced entry is recorded against an incident (KEY-11): report it, then name it");
            }
            override = Texts.optional(override);
            if ((approval == null) == (override == null)) {
                throw new InvalidInput("name the project GM's approval, or the reason it could not wait for one — one of them");
            }
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
