package io.steward.adapter.memory;

import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.out.RoleGrants;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Role grants in memory. */
public final class InMemoryRoleGrants implements RoleGrants {
    private final MemoryTransactions tx;
    private final Set<RoleGrant> grants = new LinkedHashSet<>();

    public InMemoryRoleGrants(MemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public synchronized List<RoleGrant> grantsOf(String actorId) {
        return grants.stream().filter(g -> g.actorId().equals(actorId)).toList();
    }

    @Override
    public synchronized List<RoleGrant> residentsOf(UUID unit) {
        return grants.stream().filter(g -> g.confinedTo(unit)).toList();
    }

    @Override
    public void grant(RoleGrant grant) {
        boolean[] added = new boolean[1];
        tx.change(() -> {
            synchronized (this) {
                added[0] = grants.add(grant);
            }
        }, () -> {
            synchronized (this) {
                if (added[0]) {
                    grants.remove(grant);
                }
            }
        });
    }

    @Override
    public void revoke(RoleGrant grant) {
        boolean[] removed = new boolean[1];
        tx.change(() -> {
            synchronized (this) {
                removed[0] = grants.remove(grant);
            }
        }, () -> {
            synchronized (this) {
                if (removed[0]) {
                    grants.add(grant);
                }
            }
        });
    }
}
