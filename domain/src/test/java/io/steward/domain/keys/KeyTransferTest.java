package io.steward.domain.keys;

import static io.steward.domain.keys.KeyTestSupport.byTheOwner;
import static io.steward.domain.keys.KeyTestSupport.refused;
import static io.steward.domain.keys.KeyTestSupport.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.keys.KeyObligation;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.in.MoveIn;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.MovementKind;
import io.steward.ports.keys.MovementView;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The register and the estate desk: EST-07 with KEY-05 at a transfer, EST-05 with KEY-04 at a move-in. */
class KeyTransferTest {
    private final KeyFixture f = new KeyFixture();

    private KeyView entrusted() {
        f.as("keys");
        return f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.OWNER_ENTRUSTED, byTheOwner(true)));
    }

    @Test
    @DisplayName("EST-07/KEY-05: keys the old owner entrusted are an open obligation of a transfer; moved to the new owner, "
            + "only the new owner collects them")
    void entrusted_keys_follow_the_transfer() {
        KeyView key = entrusted();
        TransferOwnership transfers = f.estate.transfers;
        PersonalData wangWu = new PersonalData("王五", "13500135000", "13400134000", "440101198505051234",
                java.time.LocalDate.of(1985, 5, 5));
        Function<Map<Obligation, Disposition>, TransferOwnership.Transfer> transfer = d -> {
            Map<Obligation, Disposition> all = new java.util.TreeMap<>();
            all.put(Obligation.FEE_CREDIT, Disposition.SETTLED);
            all.putAll(d);
            return new TransferOwnership.Transfer("粤房 2026-000123", EstateFixture.TODAY, wangWu, "SL-NEW", all, null, null);
        };
        f.as("desk");

        assertThatThrownBy(() -> transfers.transfer(f.unit("e14-1-0101"), transfer.apply(Map.of(
                Obligation.OPEN_HANDOVER_DEFECTS, Disposition.MOVED_TO_NEW_OWNER)))).isInstanceOfSatisfying(Refusal.class, r -> {
                    rule("EST-07", "obligation-without-disposition").accept(r);
                    assertThat(r.details().get("obligations")).isEqualTo(List.of("ENTRUSTED_KEYS"));
                });
        refused(() -> transfers.transfer(f.unit("e14-1-0101"), transfer.apply(Map.of(Obligation.OPEN_HANDOVER_DEFECTS,
                Disposition.MOVED_TO_NEW_OWNER, KeyObligation.ENTRUSTED_KEYS, Disposition.SETTLED))),
                "EST-07", "obligation-cannot-be-settled-here");
        assertThat(f.browse.history(key.id())).hasSize(1);

        var asked = transfers.transfer(f.unit("e14-1-0101"), transfer.apply(Map.of(Obligation.OPEN_HANDOVER_DEFECTS,
                Disposition.MOVED_TO_NEW_OWNER, KeyObligation.ENTRUSTED_KEYS, Disposition.MOVED_TO_NEW_OWNER)));
        assertThat(f.store.key(key.id()).entrustedBy()).as("nothing moves before the cashier completes the transfer")
                .isEqualTo("张三");
        f.estate.grant("cashier", io.steward.ports.shared.Role.CASHIER);
        var result = f.asThen("cashier", () -> transfers.recordPrepayment(asked.id(),
                new TransferOwnership.Prepayment(asked.prepaymentRequired(), "R-T1")));
        assertThat(f.store.key(key.id()).entrustedBy()).isEqualTo("王五");
        assertThat(f.browse.key(key.id()).status()).isEqualTo(KeyStatus.IN_CABINET);
        MovementView passed = f.browse.history(key.id()).get(1);
        assertThat(passed.kind()).isEqualTo(MovementKind.ENTRUSTMENT_TRANSFERRED);
        assertThat(passed.from()).isEqualTo(Key.CABINET);
        assertThat(passed.to()).isEqualTo(Key.CABINET);
        assertThat(passed.actor()).isEqualTo("system");
        assertThat(passed.reference()).contains(result.newOwner().toString());
        assertThat(passed.reason()).doesNotContain("张三").doesNotContain("王五");
        assertThat(passed.party()).isEqualTo("王*");

        f.as("keys");
        refused(() -> f.moves.collect(key.id(), new MoveKeys.Collection("张三", "110101199001011234", "张三")),
                "KEY-05", "not-the-entrusting-person");
        assertThat(f.moves.collect(key.id(), new MoveKeys.Collection("王五", "440101198505051234", "王五")).status())
                .isEqualTo(KeyStatus.COLLECTED);

        // a transfer that skipped the obligation (an integrator's own wiring) is refused by the register itself
        KeyView another = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null,
                1, CustodyReason.OWNER_ENTRUSTED, new KeepKeyRegister.Entrustment("王五", "440101198505051234", true)));
        refused(() -> f.moves.followTransfer(new OwnershipTransferred(f.estate.estate, f.unit("e14-1-0101"),
                result.previousOwner(), result.newOwner(), EstateFixture.TODAY, Map.of())), "EST-07", "obligation-without-disposition");
        assertThat(f.store.key(another.id()).entrustedBy()).isEqualTo("王五");
    }

    @Test
    @DisplayName("EST-05/KEY-04: nobody moves into a unit whose key is held as entrusted for the vacant unit, until it is "
            + "collected or kept as the occupant's spare with their consent")
    void an_entrusted_key_stands_in_the_way_of_a_move_in() {
        KeyView key = entrusted();
        f.as("desk");
        refused(() -> f.estate.occupants.ownerMovesIn(f.unit("e14-1-0101"), null), "KEY-04", "entrusted-key-in-custody");
        refused(() -> f.estate.occupants.tenantMovesIn(new MoveIn.TenantMoveIn(f.unit("e14-1-0101"), EstateFixture.liSi(),
                "OC-1", "L-1", "SL-T1", null)), "KEY-04", "entrusted-key-in-custody");
        assertThat(f.estate.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.VACANT);

        f.as("keys");
        refused(() -> f.moves.keepAsSpare(key.id(), new MoveKeys.SpareConsent("张三", "110101199001011234", false)), "KEY-04",
                "occupant-consent-required");
        refused(() -> f.moves.keepAsSpare(key.id(), new MoveKeys.SpareConsent("王五", "440101198505051234", true)), "KEY-04",
                "not-an-occupant");
        KeyView spare = f.moves.keepAsSpare(key.id(), new MoveKeys.SpareConsent("张三", "110101199001011234", true));
        assertThat(spare.reason()).isEqualTo(CustodyReason.SPARE);
        assertThat(f.browse.history(key.id()).get(1).kind()).isEqualTo(MovementKind.CUSTODY_CHANGED);
        f.as("desk");
        f.estate.occupants.ownerMovesIn(f.unit("e14-1-0101"), null);
        assertThat(f.estate.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.OWNER_OCCUPIED);
        // the occupant's spare is theirs to collect
        f.as("keys");
        assertThat(f.moves.collect(key.id(), new MoveKeys.Collection("张三", "110101199001011234", "张三")).status())
                .isEqualTo(KeyStatus.COLLECTED);
    }

    @Test
    @DisplayName("EST-05/KEY-04: once the entrusted key is collected, the owner moves in")
    void a_collected_key_lets_the_owner_move_in() {
        KeyView key = entrusted();
        f.moves.collect(key.id(), new MoveKeys.Collection("张三", "110101199001011234", "张三"));
        f.as("desk");
        f.estate.occupants.ownerMovesIn(f.unit("e14-1-0101"), null);
        assertThat(f.estate.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.OWNER_OCCUPIED);
    }

    @Test
    @DisplayName("EST-02/KEY-04: a census correction moves nobody into a unit whose entrusted key is held")
    void a_census_correction_meets_the_entrusted_key_too() {
        entrusted();
        f.as("pm");
        var census = f.estate.census.open(f.estate.estate, java.time.YearMonth.of(2026, 3));
        f.as("guard");
        var checks = new java.util.ArrayList<io.steward.ports.estate.in.OccupancyCensus.Check>();
        for (var u : f.estate.queries.units(f.estate.estate, null, null, io.steward.ports.shared.PageRequest.first(100)).items()) {
            checks.add(new io.steward.ports.estate.in.OccupancyCensus.Check(u.code(), u.code().equals("e14-1-0101")
                    ? Occupancy.OWNER_OCCUPIED : u.occupancy(), null));
        }
        f.estate.census.check(census.id(), checks);
        f.as("pm");
        f.estate.census.report(census.id());
        refused(() -> f.estate.census.correct(census.id(), new io.steward.ports.estate.in.OccupancyCensus.Correction("e14-1-0101",
                "the owner lives there")), "KEY-04", "entrusted-key-in-custody");
        assertThat(f.estate.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.VACANT);
    }
}
