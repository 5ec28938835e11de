package io.steward.domain.shared;

import io.steward.ports.shared.SharedRefusals;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.PersonalDataAccess;
import io.steward.ports.shared.Refusal;
import java.util.Map;
import java.util.function.Supplier;

/**
 * EST-08 in every context: a view of a unit's personal data is masked unless the caller holds the grant to read it
 * ({@link PersonalDataAccess#READ_PERSONAL_DATA}); a view answered unmasked is audited, and so is a refused request to
 * read unmasked — in a transaction of its own, so that the refusal does not roll the record back.
 */
public final class Privacy {
    private final UseCases useCases;
    private final Approvals approvals;

    public Privacy(UseCases useCases, Approvals approvals) {
        this.useCases = useCases;
        this.approvals = approvals;
    }

    /**
     * Whether the caller sees the personal data of {@code unit} unmasked in the view of {@code objectType}
     * {@code objectId}; when they do, the read is audited. Call it inside the read's use case.
     */
    public boolean unmasked(EstateId estate, Object unit, String objectType, Object objectId) {
        if (unit == null || !approvals.holds(PersonalDataAccess.READ_PERSONAL_DATA, estate, unit.toString())) {
            return false;
        }
        useCases.audit(useCases.access().actor(), estate, "personal-data.read-unmasked", objectType, objectId,
                "grant on unit " + unit);
        return true;
    }

    /**
     * An explicit request to read unmasked: answers {@code read} when the caller holds the grant (audited); otherwise
     * the refusal is audited, committed, and then thrown.
     *
     * @param locate runs inside the use case and answers the estate and unit of the object, checking the caller's access
     */
    public <T> T requireUnmasked(Supplier<Located> locate, String objectType, Object objectId, Supplier<T> read) {
        Object[] answer = new Object[1];
        Refusal refused = useCases.run(() -> {
            Located where = locate.get();
            if (unmasked(where.estate(), where.unit(), objectType, objectId)) {
                answer[0] = read.get();
                return null;
            }
            Actor actor = useCases.access().actor();
            useCases.audit(actor, where.estate(), "personal-data.read-unmasked-refused", objectType, objectId,
                    "no grant on unit " + where.unit());
            return SharedRefusals.PERSONAL_DATA_GRANT_REQUIRED.refuse("reading personal data unmasked needs the "
                    + "archivist's current approval of " + PersonalDataAccess.READ_PERSONAL_DATA.code() + " for this unit, "
                    + "asked for by you", Map.of("purpose", PersonalDataAccess.READ_PERSONAL_DATA.code(), "unit",
                    String.valueOf(where.unit())));
        });
        if (refused != null) {
            throw refused;
        }
        @SuppressWarnings("unchecked")
        T result = (T) answer[0];
        return result;
    }

    /** Where an object's personal data belongs: its estate and unit. */
    public record Located(EstateId estate, Object unit) {
    }
}
