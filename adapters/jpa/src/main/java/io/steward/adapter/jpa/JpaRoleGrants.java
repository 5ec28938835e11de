package io.steward.adapter.jpa;

import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.out.RoleGrants;
import java.util.List;

/** Role grants on JPA. */
public final class JpaRoleGrants implements RoleGrants {
    private static final String COMPANY = "*";
    private final EntityManagerSource source;

    public JpaRoleGrants(EntityManagerSource source) {
        this.source = source;
    }

    @Override
    public List<RoleGrant> grantsOf(String actorId) {
        return source.withEntityManager(em -> em.createQuery("select g from RoleGrantRow g where g.actorId = :a", RoleGrantRow.class)
                .setParameter("a", actorId).getResultList().stream()
                .map(g -> new RoleGrant(g.actorId, COMPANY.equals(g.estateKey) ? null : EstateId.parse(g.estateKey), Role.valueOf(g.role)))
                .toList());
    }

    private static RoleGrantRow.Key key(RoleGrant g) {
        return new RoleGrantRow.Key(g.actorId(), g.estate() == null ? COMPANY : g.estate().toString(), g.role().name());
    }

    @Override
    public void grant(RoleGrant grant) {
        source.withEntityManager(em -> {
            RoleGrantRow.Key key = key(grant);
            if (em.find(RoleGrantRow.class, key) == null) {
                RoleGrantRow row = new RoleGrantRow();
                row.actorId = key.actorId;
                row.estateKey = key.estateKey;
                row.role = key.role;
                em.persist(row);
                em.flush();
            }
            return null;
        });
    }

    @Override
    public void revoke(RoleGrant grant) {
        source.withEntityManager(em -> {
            RoleGrantRow row = em.find(RoleGrantRow.class, key(grant));
            if (row != null) {
                em.remove(row);
                em.flush();
            }
            return null;
        });
    }
}
