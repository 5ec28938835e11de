package io.steward.adapter.jpa;

import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.out.RoleGrants;
import java.util.List;
import java.util.UUID;

/** Role grants on JPA: '*' for the estate of a company-wide grant, '-' for the unit of a staff grant. */
public final class JpaRoleGrants implements RoleGrants {
    private static final String COMPANY = "*";
    private static final String NO_UNIT = "-";
    private final EntityManagerSource source;

    public JpaRoleGrants(EntityManagerSource source) {
        this.source = source;
    }

    @Override
    public List<RoleGrant> grantsOf(String actorId) {
        return source.withEntityManager(em -> em.createQuery(GRANT + " where g.actorId = :a", Object[].class)
                .setParameter("a", actorId).getResultList().stream().map(JpaRoleGrants::grant).toList());
    }

    @Override
    public List<RoleGrant> residentsOf(UUID unit) {
        return source.withEntityManager(em -> em.createQuery(GRANT + " where g.unitKey = :u", Object[].class)
                .setParameter("u", unit.toString()).getResultList().stream().map(JpaRoleGrants::grant).toList());
    }

    /**
     * A grant's columns, read as values: every request asks for its caller's grants, and a read that registers no
     * entity leaves the persistence context nothing to copy or compare at commit.
     */
    private static final String GRANT = "select g.actorId, g.estateKey, g.role, g.unitKey from RoleGrantRow g";

    private static RoleGrant grant(Object[] g) {
        String estate = (String) g[1];
        String unit = (String) g[3];
        return new RoleGrant((String) g[0], COMPANY.equals(estate) ? null : EstateId.parse(estate), Role.valueOf((String) g[2]),
                NO_UNIT.equals(unit) ? null : UUID.fromString(unit));
    }

    private static RoleGrantRow.Key key(RoleGrant g) {
        return new RoleGrantRow.Key(g.actorId(), g.estate() == null ? COMPANY : g.estate().toString(), g.role().name(),
                g.unit() == null ? NO_UNIT : g.unit().toString());
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
                row.unitKey = key.unitKey;
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
