package io.steward.example.embedded;

import io.steward.adapter.memory.InMemory;
import io.steward.domain.assembly.Steward;
import io.steward.domain.deposits.DepositStore;
import io.steward.domain.emergency.EmergencyStore;
import io.steward.domain.parking.ParkingStore;
import io.steward.domain.renovation.RenovationStore;
import io.steward.domain.estate.EstateStore;
import io.steward.domain.keys.KeyStore;
import io.steward.ports.estate.Area;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.FeeBasis;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Steward in a plain Java SE program, as an ERP embeds it: the in-memory adapters, the one assembly, the first company
 * GM granted through the role-grant out-port (the only grant that is not an act of someone who may grant it), then
 * every step as the person who holds the role it needs. The policies between contexts (the key register follows the
 * handover and the transfer, …) are on: the assembly registers them.
 */
public final class EmbeddedSteward {
    private EmbeddedSteward() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** The walk, printed to {@code out}; answers the key as the register shows it at the end. */
    public static KeyView run(PrintStream out) {
        // 1. out-ports: here the in-memory adapters (steward-adapter-jpa, or your own, implement the same ports)
        InMemory m = new InMemory();
        // 2. who is calling: your ERP's login; here a variable the program switches
        AtomicReference<Actor> caller = new AtomicReference<>();
        // 3. the assembly: every use case, with the policies between contexts
        Steward steward = new Steward(
                new Steward.Infrastructure(m.transactions, m.audit, m.events, Clock.systemUTC(), caller::get, m.roles, m.approvals),
                new EstateStore(m.estates, m.layouts, m.units, m.history, m.roster, m.archives, m.handovers, m.ledger, m.passes,
                        m.censuses, m.meters, m.transfers),
                new KeyStore(m.keyRegisters, m.keys, m.keyMovements, m.forcedEntries),
                new EmergencyStore(m.incidents),
                new DepositStore(m.deposits, m.depositLedger), new ParkingStore(m.parkingRentals, m.priceLists),
                new RenovationStore(m.renovations));
        // 4. the first leader: granted by the installer, not by an act in Steward; every later grant is an act of theirs
        m.roles.grant(RoleGrant.companyWide("gm", Role.COMPANY_GM));

        caller.set(new Actor("gm", "Company GM"));
        EstateId estate = steward.registerEstate().register(new RegisterEstate.Registration("LAKE", "Lakeside Garden",
                "Asia/Shanghai", List.of(new FeeItem("MGMT", "物业管理费", FeeBasis.PER_SQUARE_METRE_MONTH, Fen.of(250),
                        Set.of(UnitKind.RESIDENCE), FeeCategory.MANAGEMENT, null)), EstatePolicy.DEFAULT)).id();
        steward.importLayout().importLayout(new ImportLayout.Layout(estate,
                List.of(new BuildingSpec("e14", null, "Building E14", List.of("1"))),
                List.of(new UnitSpec(new UnitAddress(null, "e14", "1", 1, "0101"), UnitKind.RESIDENCE, Area.squareMetres("89.50"))),
                List.of()));
        out.println("estate LAKE registered with 1 unit");
        // roles are granted per estate, by the company GM (AssignRoles); each step below needs the one named
        steward.assignRoles().grant(RoleGrant.of("pm", estate, Role.PROJECT_MANAGER));
        steward.assignRoles().grant(RoleGrant.of("keys", estate, Role.KEY_MANAGER));
        steward.assignRoles().grant(RoleGrant.of("eng", estate, Role.ENGINEER));

        caller.set(new Actor("pm", "Project manager"));
        steward.keepKeyRegister().designateKeyManager(estate, "keys");   // KEY-02: the project manager designates

        caller.set(new Actor("keys", "Key manager"));
        KeyView key = steward.keepKeyRegister().register(estate, new KeepKeyRegister.Registration(null, "pump room", null, 1,
                CustodyReason.DEVELOPER_HANDOVER, null));
        out.println("key #" + key.number() + " (" + key.commonArea() + ") is " + key.status());
        MoveKeys moves = steward.moveKeys();
        key = moves.checkOut(key.id(), new MoveKeys.CheckOut("eng", "replace the pump seal", "WO-1",
                Clock.systemUTC().instant().plus(Duration.ofHours(2)), "eng"));
        out.println("key #" + key.number() + " is " + key.status() + " with " + key.holder());
        try {
            // KEY-12: a key out with the engineer cannot go out again; the refusal names its rule
            moves.checkOut(key.id(), new MoveKeys.CheckOut("eng", "again", "WO-2", Clock.systemUTC().instant().plusSeconds(60), "eng"));
        } catch (Refusal refused) {
            out.println("refused: " + refused.ruleId() + " " + refused.code());
        }
        key = moves.giveBack(key.id(), new MoveKeys.Return("eng"));
        out.println("key #" + key.number() + " is " + key.status() + " after " + key.movements() + " movements");
        return key;
    }
}
