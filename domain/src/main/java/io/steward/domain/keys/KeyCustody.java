package io.steward.domain.keys;

import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.out.MoveInObjections;
import io.steward.ports.estate.out.OpenObligations;
import io.steward.ports.keys.in.BrowseKeys;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.ApprovalDecided;

/**
 * Key custody built as one context: the register ({@link KeyRegistry}), the movements ({@link KeyDesk}), the views
 * ({@link KeyQueries}), forced entry ({@link EmergencyEntry}), and what the context tells the estate desk (open
 * obligations at a transfer, objections to a move-in). The domain assembly builds it and wires its policies.
 */
public final class KeyCustody {
    private final KeyRegistry registry;
    private final KeyDesk desk;
    private final KeyQueries queries;
    private final EmergencyEntry emergency;
    private final KeyObligations obligations;
    private final KeyObjections objections;

    public KeyCustody(UseCases useCases, KeyStore store, Approvals approvals, Privacy privacy) {
        KeyBook book = new KeyBook(useCases, store, privacy);
        registry = new KeyRegistry(useCases, store, book);
        desk = new KeyDesk(useCases, store, book, approvals);
        queries = new KeyQueries(useCases, store, book);
        emergency = new EmergencyEntry(useCases, store, approvals, privacy);
        obligations = new KeyObligations(store);
        objections = new KeyObjections(store);
    }

    public KeepKeyRegister register() {
        return registry;
    }

    public MoveKeys moves() {
        return desk;
    }

    public BrowseKeys browse() {
        return queries;
    }

    public EnterByForce forcedEntry() {
        return emergency;
    }

    /** EST-07: the owner's entrusted keys, an open obligation of a transfer. */
    public OpenObligations obligations() {
        return obligations;
    }

    /** EST-05 with KEY-04: an entrusted key in custody stands in the way of a move-in. */
    public MoveInObjections objections() {
        return objections;
    }

    /** KEY-09: the project manager's decision on a lost key, recorded on the key. */
    public void follow(ApprovalDecided decided) {
        desk.followLossDecision(decided);
    }
}
