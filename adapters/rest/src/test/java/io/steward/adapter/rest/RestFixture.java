package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.adapter.memory.InMemory;
import io.steward.adapter.rest.shared.ApprovalResource;
import io.steward.adapter.rest.emergency.IncidentResource;
import io.steward.domain.assembly.Steward;
import io.steward.domain.deposits.DepositStore;
import io.steward.domain.emergency.EmergencyStore;
import io.steward.domain.parking.ParkingStore;
import io.steward.domain.estate.EstateStore;
import io.steward.domain.keys.KeyStore;
import io.steward.adapter.rest.estate.ArchiveResource;
import io.steward.adapter.rest.estate.CensusResource;
import io.steward.adapter.rest.estate.GoodsPassResource;
import io.steward.adapter.rest.estate.EstateResource;
import io.steward.adapter.rest.estate.HandoverResource;
import io.steward.adapter.rest.estate.RoleResource;
import io.steward.adapter.rest.estate.TransferResource;
import io.steward.adapter.rest.estate.UnitResource;
import io.steward.adapter.rest.keys.ForcedEntryResource;
import io.steward.adapter.rest.keys.KeyRegisterResource;
import io.steward.adapter.rest.keys.KeyResource;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The REST adapter on Jersey in memory, over the real domain and the in-memory adapter, with a clock that only the
 * test moves ({@link #advance}). The
 * test names who is calling with {@link #as}; a pre-matching filter authenticates every request as that person.
 */
class RestFixture {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = LocalDate.of(2026, 3, 16).atTime(10, 0).atZone(SHANGHAI).toInstant();

    final InMemory memory = new InMemory();
    final AtomicReference<String> user = new AtomicReference<>("gm");
    private final AtomicReference<Instant> time = new AtomicReference<>(NOW);
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(time.get(), zone);
        }

        @Override
        public Instant instant() {
            return time.get();
        }
    };

    void advance(java.time.Duration by) {
        time.updateAndGet(t -> t.plus(by));
    }

    private JerseyTest jersey;
    private ResourceConfig config;

    /** The resource classes the fixture's application serves. */
    List<Class<?>> resourceClasses() {
        return config.getInstances().stream().map(Object::getClass)
                .filter(c -> c.isAnnotationPresent(jakarta.ws.rs.Path.class)).collect(java.util.stream.Collectors.toList());
    }

    /** A request to the path as given (already encoded), with no query parsing. */
    jakarta.ws.rs.client.WebTarget target(String path) {
        return jersey.target(path);
    }

    private Application application() {
        memory.roles.grant(RoleGrant.companyWide("gm", Role.COMPANY_GM));
        EstateStore store = new EstateStore(memory.estates, memory.layouts, memory.units, memory.history, memory.roster,
                memory.archives, memory.handovers, memory.ledger, memory.passes, memory.censuses, memory.meters, memory.transfers);
        KeyStore keyStore = new KeyStore(memory.keyRegisters, memory.keys, memory.keyMovements, memory.forcedEntries);
        Steward steward = new Steward(new Steward.Infrastructure(memory.transactions, memory.audit, memory.events, clock,
                () -> new Actor(user.get(), user.get()), memory.roles, memory.approvals), store, keyStore, new EmergencyStore(memory.incidents),
                new DepositStore(memory.deposits, memory.depositLedger), new ParkingStore(memory.parkingRentals, memory.priceLists),
                new io.steward.domain.renovation.RenovationStore(memory.renovations));
        config = new ResourceConfig()
                .register(new KeyRegisterResource(steward.keepKeyRegister(), steward.browseKeys(), steward.moveKeys()))
                .register(new KeyResource(steward.moveKeys(), steward.browseKeys()))
                .register(new ForcedEntryResource(steward.enterByForce()))
                .register(new EstateResource(steward.registerEstate(), steward.importLayout(), steward.importOwnerRoster(),
                        steward.browseEstates()))
                .register(new UnitResource(steward.browseEstates(), steward.handOverUnit(), steward.moveIn(), steward.postFees(),
                        steward.moveOut(), steward.transferOwnership()))
                .register(new GoodsPassResource(steward.releaseGoods()))
                .register(new CensusResource(steward.occupancyCensus()))
                .register(new HandoverResource(steward.handOverUnit(), steward.browseEstates()))
                .register(new ArchiveResource(steward.accessOwnerData()))
                .register(new RoleResource(steward.assignRoles()))
                .register(new ApprovalResource(steward.approve()))
                .register(new TransferResource(steward.transferOwnership()))
                .register(new IncidentResource(steward.reportIncidents()))
                .register(new io.steward.adapter.rest.deposits.DepositResource(steward.keepDeposits()))
                .register(new io.steward.adapter.rest.parking.ParkingResource(steward.rentParking()))
                .register(new io.steward.adapter.rest.renovation.RenovationResource(steward.applyForRenovation(),
                        steward.superviseRenovation(), steward.settleRenovationDeposit(), steward.browseRenovations()))
                .register(new io.steward.adapter.rest.parking.PaidServiceResource(steward.offerPaidServices()))
                .register(new ProblemMapper())
                .register(new ValidationProblemMapper())
                .register(new JsonMapping())
                .register(new StrictJson())
                .register(new IdParams())
                .register(new IdempotencyFilter(memory.idempotency, clock))
                .register(new Authenticated(user));
        return config;
    }

    @BeforeEach
    void startJersey() throws Exception {
        Application application = application();
        jersey = new JerseyTest() {
            @Override
            protected Application configure() {
                return application;
            }
        };
        jersey.setUp();
    }

    @AfterEach
    void stopJersey() throws Exception {
        jersey.tearDown();
    }

    void as(String login) {
        user.set(login);
    }

    Response post(String path, String json) {
        return request(path).post(Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    Response put(String path, String json) {
        return request(path).put(Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    Response get(String path) {
        return request(path).get();
    }

    Invocation.Builder request(String path) {
        String[] parts = path.split("\\?", 2);
        var target = jersey.target(parts[0]);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                target = target.queryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return target.request(MediaType.APPLICATION_JSON, "application/problem+json");
    }

    /** Registers estate LAKE with a fee schedule, building e14 (two entrances, 8 units), and one roster line. */
    String estateWithLayout() {
        return estateWithLayout(null);
    }

    /** The same, with the estate's policy ({@code policy} a JSON object, or null for the default). */
    String estateWithLayout(String policy) {
        as("gm");
        Response created = post("estates", q("""
                {'code':'LAKE','name':'Lake Garden','zone':'Asia/Shanghai',
                 'fees':[{'code':'MGMT','name':'物业管理费','basis':'PER_SQUARE_METRE_MONTH','rate':250,'unitKinds':['RESIDENCE'],'category':'MANAGEMENT'},
                         {'code':'WASTE','name':'垃圾清运费','basis':'PER_UNIT_MONTH','rate':3000}]""" + (policy == null ? "" : ",'policy':" + policy)
                + "}"));
        if (created.getStatus() != 201) {
            throw new AssertionError(created.readEntity(String.class));
        }
        String estate = json(created).getString("id");
        StringBuilder units = new StringBuilder();
        for (String entrance : new String[] {"1", "2"}) {
            for (int floor = 1; floor <= 2; floor++) {
                for (int n = 1; n <= 2; n++) {
                    units.append(units.isEmpty() ? "" : ",").append(q(String.format(
                            "{'building':'e14','entrance':'%s','floor':%d,'number':'%02d%02d','kind':'RESIDENCE','area':89.50}",
                            entrance, floor, floor, n)));
                }
            }
        }
        Response layout = post("estates/" + estate + "/layout", q("{'buildings':[{'code':'e14','entrances':['1','2']}],'units':[")
                + units + q("],'facilities':[{'code':'PUMP-1','kind':'PLANT_ROOM','building':'e14'}]}"));
        if (layout.getStatus() != 200) {
            throw new AssertionError(layout.readEntity(String.class));
        }
        post("estates/" + estate + "/roster", q("{'lines':[{'unitCode':'e14-1-0101','ownerName':'张三','idNumber':'110101199001011234','contractNumber':'HT-2026-0001'}]}")).close();
        post("people/desk/roles", q("{'role':'FRONT_DESK','estate':'" + estate + "'}")).close();
        post("people/cashier/roles", q("{'role':'CASHIER','estate':'" + estate + "'}")).close();
        return estate;
    }

    String unit(String estate, String code) {
        as("gm");
        JsonObject page = json(get("estates/" + estate + "/units?size=500"));
        if (!page.containsKey("items")) {
            throw new AssertionError(page.toString());
        }
        for (var item : page.getJsonArray("items")) {
            if (item.asJsonObject().getString("code").equals(code)) {
                return item.asJsonObject().getString("id");
            }
        }
        throw new AssertionError("no unit " + code);
    }

    /** Hands the unit over to 张三 (EST-04, every step over HTTP, no defects) and answers its id; the caller is "desk" after. */
    String handedOver(String estate, String code) {
        String unit = unit(estate, code);
        String h = handoverUpToKeys(unit);
        step(h + "keys", "{'keys':2,'ownerHandbook':true,'renovationHandbook':true,'signedBy':'张三'}");
        return unit;
    }

    /** Runs the unit's handover to 张三 up to its keys step; answers the handover's path with a trailing slash. */
    String handoverUpToKeys(String unit) {
        as("desk");
        String h = "handovers/" + json(post("units/" + unit + "/handovers", "")).getString("id") + "/";
        step(h + "identity-check", "{'ownerName':'张三','idNumber':'110101199001011234','contractNumber':'HT-2026-0001'}");
        step(h + "documents", "{'documents':['ID copy']}");
        step(h + "archive", "{'owner':" + ZHANG_SAN + "}");
        step(h + "safety-letter", "{'letterReference':'SL-1'}");
        step(h + "fees", "{}");
        as("cashier");
        step(h + "payment", "{'amount':152250,'receipt':'R-1'}");
        as("desk");
        step(h + "inspection", "{'defects':[]}");
        return h;
    }

    /** A new estate's body: its code and name, and the one fee every schedule publishes. */
    static String newEstate(String code, String name) {
        return q("{'code':'" + code + "','name':'" + name + "','fees':[{'code':'MGMT','basis':'PER_SQUARE_METRE_MONTH',"
                + "'rate':250,'category':'MANAGEMENT'}]}");
    }

    /** The owner of the fixture's handovers, as the archive form sends them. */
    static final String ZHANG_SAN = "{'name':'张三','mobile':'13800138000','emergencyMobile':'13900139000',"
            + "'idNumber':'110101199001011234','birthday':'1990-01-01'}";

    private void step(String path, String body) {
        try (Response r = post(path, q(body))) {
            if (r.getStatus() != 200) {
                throw new AssertionError(path + ": " + r.readEntity(String.class));
            }
        }
    }

    /** Asserts a problem+json answer with the status, and the rule and code when given. */
    static JsonObject problem(Response response, int status, String ruleId, String code) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getMediaType().toString()).as(body).isEqualTo("application/problem+json");
        JsonObject problem;
        try (var reader = Json.createReader(new StringReader(body))) {
            problem = reader.readObject();
        }
        assertThat(problem.getInt("status")).isEqualTo(status);
        if (ruleId != null) {
            assertThat(problem.getString("ruleId", null)).as(body).isEqualTo(ruleId);
        }
        if (code != null) {
            assertThat(problem.getString("code", null)).as(body).isEqualTo(code);
        }
        return problem;
    }

    static JsonObject json(Response response) {
        return (JsonObject) structure(response);
    }

    static JsonStructure structure(Response response) {
        try (var reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            return reader.read();
        }
    }

    /** Single quotes in test JSON read better than escaped double quotes. */
    static String q(String json) {
        return json.replace('\'', '"');
    }

    /** Authenticates every request as the fixture's current user. */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    static final class Authenticated implements ContainerRequestFilter {
        private final AtomicReference<String> user;

        Authenticated(AtomicReference<String> user) {
            this.user = user;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Principal principal = user::get;
            request.setSecurityContext(new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return principal;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return false;
                }

                @Override
                public boolean isSecure() {
                    return false;
                }

                @Override
                public String getAuthenticationScheme() {
                    return "TEST";
                }
            });
        }
    }
}
