package io.steward.ports.shared;

import java.time.Duration;
import java.util.EnumSet;

/**
 * EST-08 in every context: the names, phone and identity numbers of owners, tenants, carriers and visitors are masked
 * in every view unless the caller holds a grant to read the unit's personal data — an approval of
 * {@link #READ_PERSONAL_DATA} by the archivist, asked for by that caller, about that unit, unexpired. Every view answered
 * unmasked is audited, and so is every refused request to read unmasked.
 */
public final class PersonalDataAccess {
    private PersonalDataAccess() {
    }

    /**
     * EST-08: the archivist approves reading one unit's personal data unmasked (its archives, and the names in its keys,
     * goods passes and forced entries), for the person who asked, for the estate's {@code archiveAccessHours} (24 by
     * default); subject: the unit.
     */
    public static final ApprovalPurpose READ_PERSONAL_DATA = new ApprovalPurpose("personal-data.read", "EST-08", "unit",
            "the archivist approves reading the unit's personal data unmasked",
            EnumSet.complementOf(EnumSet.of(Role.OWNER, Role.TENANT)), EnumSet.of(Role.ARCHIVIST), Duration.ofHours(24), false,
            false);
}
