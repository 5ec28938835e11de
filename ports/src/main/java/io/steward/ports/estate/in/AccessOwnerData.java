package io.steward.ports.estate.in;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;

/**
 * EST-08: owner and tenant data is masked by default. Reading a unit's personal data unmasked needs the archivist's
 * approval ({@link io.steward.ports.shared.PersonalDataAccess#READ_PERSONAL_DATA}); giving an archive's data outside the
 * company needs company leadership's approval of that one disclosure
 * ({@link io.steward.ports.estate.EstateApprovals#DISCLOSE_PERSONAL_DATA}). Approvals are asked for and given through
 * {@link io.steward.ports.shared.in.Approve}. Every unmasked read, every refused one and every disclosure is audited.
 */
public interface AccessOwnerData {

    /** The archive: masked, unless the caller holds the grant to read its unit's personal data (then audited). */
    ArchiveView read(ArchiveId archive);

    /** The archive unmasked: refused without the caller's current grant for its unit; audited either way. */
    ArchiveView readUnmasked(ArchiveId archive);

    /** Gives the archive to the recipient its approval names, once; answers what was disclosed. Audited. */
    ArchiveView disclose(ArchiveId archive, Disclosure disclosure);

    /** @param approval company leadership's approval of this disclosure; @param recipient who receives the data */
    record Disclosure(ApprovalId approval, String recipient) {
        public Disclosure {
            if (approval == null) {
                throw new InvalidInput("name the approval of the disclosure");
            }
            recipient = Texts.required(recipient, "the recipient outside the company");
        }
    }
}
