package io.steward.ports.estate.in;

import io.steward.ports.estate.AccessGrantKind;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.out.AccessGrantState;
import io.steward.ports.shared.InvalidInput;
import java.util.List;
import java.util.UUID;

/**
 * EST-08: owner data is masked by default. Reading it unmasked needs an approval by the archivist; giving it
 * outside the company needs company leadership's approval. Every unmasked read and every disclosure is audited.
 */
public interface AccessOwnerData {

    /** The archive, masked; any staff role of the estate. */
    ArchiveView read(ArchiveId archive);

    /** The archive unmasked: refused without a current approval of the caller's READ request. Audited. */
    ArchiveView readUnmasked(ArchiveId archive);

    /** Asks for READ or DISCLOSE access; a DISCLOSE request names the recipient outside the company. */
    AccessGrantState request(ArchiveId archive, Request request);

    /** The archivist (READ) or COMPANY_GM (DISCLOSE) decides. Nobody approves their own request. */
    AccessGrantState decide(UUID request, boolean approve);

    /** Records that approved data was given to its recipient; refused without an approved DISCLOSE request. */
    ArchiveView disclose(UUID request);

    List<AccessGrantState> requests(ArchiveId archive);

    record Request(AccessGrantKind kind, String purpose, String recipient) {
        public Request {
            if (kind == null) {
                throw new InvalidInput("kind (READ or DISCLOSE) is required");
            }
            if (purpose == null || purpose.isBlank()) {
                throw new InvalidInput("purpose is required");
            }
            if (kind == AccessGrantKind.DISCLOSE && (recipient == null || recipient.isBlank())) {
                throw new InvalidInput("a disclosure names its recipient");
            }
        }
    }
}
