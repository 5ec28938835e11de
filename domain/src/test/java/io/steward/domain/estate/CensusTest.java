package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.CensusSigned;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.in.OccupancyCensus;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CensusTest {
    private final EstateFixture f = new EstateFixture();

    @BeforeEach
    void estate() {
        f.lakeWithUnitHandedOver();
        f.grant("pm", Role.PROJECT_MANAGER);
    }

    private List<OccupancyCensus.Check> everyUnitAsRegistered() {
        List<OccupancyCensus.Check> checks = new ArrayList<>();
        for (var u : f.queries.units(f.estate, null, null, io.steward.ports.shared.PageRequest.first(100)).items()) {
            checks.add(new OccupancyCensus.Check(u.code(), u.occupancy(), null));
        }
        return checks;
    }

    @Test
    @DisplayName("EST-03: every unit is checked by the 30th, the report by the 3rd of the next month, signed by the manager and copied to security and the cashier")
    void a_monthly_census() {
        f.as("pm");
        var census = f.census.open(f.estate, YearMonth.of(2026, 3));
        assertThat(census.units()).isEqualTo(8);
        assertThat(census.checked()).isZero();
        assertThat(census.checkBy()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(census.reportBy()).isEqualTo(LocalDate.of(2026, 4, 3));

        f.as("guard");
        List<OccupancyCensus.Check> checks = everyUnitAsRegistered();
        checks.set(1, new OccupancyCensus.Check(checks.get(1).unitCode(), Occupancy.RENOVATING, "workers inside"));
        assertThat(f.census.check(census.id(), checks).discrepancies()).isEqualTo(1);
        assertThat(f.census.lines(census.id(), true, io.steward.ports.shared.PageRequest.first(10)).total()).isZero();

        f.as("pm");
        var reported = f.census.report(census.id());
        assertThat(reported.report().unitsByOccupancy()).containsEntry("NOT_TAKEN_OVER", 6L).containsEntry("VACANT", 1L);
        assertThat(reported.report().changesByCause()).containsEntry("HANDOVER", 1L);
        assertThat(reported.report().discrepancies()).singleElement().asString().contains("found RENOVATING");
        assertThat(reported.report().reportedLate()).isFalse();
        // the register is not changed by a census: the discrepancy is reported for someone to act on
        assertThat(f.queries.unit(f.unit(checks.get(1).unitCode())).occupancy()).isNotEqualTo(Occupancy.RENOVATING);

        var signed = f.census.sign(census.id());
        assertThat(signed.signedBy()).isEqualTo("pm");
        assertThat(signed.copiedTo()).containsExactlyInAnyOrder(Role.SECURITY, Role.CASHIER);
        assertThat(f.memory.events.published(CensusSigned.class)).hasSize(1);
    }

    @Test
    @DisplayName("EST-03: the round counts units, not checks: a unit checked twice in one batch or again in a later one "
            + "counts once, with the discrepancy it was last found with")
    void a_unit_checked_again_counts_once() {
        f.as("pm");
        var census = f.census.open(f.estate, YearMonth.of(2026, 4));
        f.as("guard");
        List<OccupancyCensus.Check> all = everyUnitAsRegistered();
        OccupancyCensus.Check asRegistered = all.get(1);
        var twice = f.census.check(census.id(), List.of(
                new OccupancyCensus.Check(asRegistered.unitCode(), Occupancy.RENOVATING, "workers inside"),
                new OccupancyCensus.Check(asRegistered.unitCode(), Occupancy.RENOVATING, "still there")));
        assertThat(twice.checked()).isEqualTo(1);
        assertThat(twice.discrepancies()).isEqualTo(1);
        var again = f.census.check(census.id(), List.of(asRegistered));
        assertThat(again.checked()).isEqualTo(1);
        assertThat(again.discrepancies()).isZero();
        var every = f.census.check(census.id(), all);
        assertThat(every.checked()).isEqualTo(8);
        assertThat(every.discrepancies()).isZero();
        assertThat(f.census.lines(census.id(), true, io.steward.ports.shared.PageRequest.first(10)).total()).isZero();
    }

    @Test
    @DisplayName("EST-03: the report is refused while a unit is unchecked; February's checks are due on its last day")
    void the_report_needs_every_unit() {
        f.as("pm");
        var census = f.census.open(f.estate, YearMonth.of(2026, 2));
        assertThat(census.checkBy()).isEqualTo(LocalDate.of(2026, 2, 28));
        f.census.check(census.id(), everyUnitAsRegistered().subList(0, 5));
        var unchecked = f.census.lines(census.id(), true, io.steward.ports.shared.PageRequest.first(2));
        assertThat(unchecked.total()).isEqualTo(3);
        assertThat(unchecked.items()).hasSize(2).allSatisfy(l -> assertThat(l.checked()).isFalse());
        assertThatThrownBy(() -> f.census.report(census.id())).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo("EST-03");
            assertThat(r.details()).containsEntry("unchecked", 3);
        });
        f.census.check(census.id(), everyUnitAsRegistered().subList(5, 8));
        var reported = f.census.report(census.id());
        // checked on 16 March, after February's deadline; reported after 3 March
        assertThat(reported.report().checksAfterDeadline()).isEqualTo(8);
        assertThat(reported.report().reportedLate()).isTrue();
        assertThatThrownBy(() -> f.census.open(f.estate, YearMonth.of(2026, 2))).isInstanceOf(Refusal.class);
    }

    private static void refused(Runnable call, String rule, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo(rule);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    @Test
    @DisplayName("EST-02/EST-03: the project manager corrects the register from a reported discrepancy, with history naming the "
            + "census; only once, only while the unit is as it was checked, only between statuses no other process owns, never "
            + "what they checked themselves")
    void a_reported_discrepancy_is_corrected_by_the_manager() {
        f.as("pm");
        var census = f.census.open(f.estate, YearMonth.of(2026, 3));
        f.as("guard");
        List<OccupancyCensus.Check> checks = new ArrayList<>();
        for (OccupancyCensus.Check c : everyUnitAsRegistered()) {
            checks.add(switch (c.unitCode()) {
                case "e14-1-0101" -> new OccupancyCensus.Check(c.unitCode(), Occupancy.OWNER_OCCUPIED, "the owner lives there");
                case "e14-1-0102" -> new OccupancyCensus.Check(c.unitCode(), Occupancy.RENOVATING, "workers inside");
                default -> c;
            });
        }
        f.census.check(census.id(), checks);
        f.as("pm");
        var correction = new OccupancyCensus.Correction("e14-1-0101", "moved in without telling the desk");
        refused(() -> f.census.correct(census.id(), correction), "EST-03", "census-not-reported");
        f.census.report(census.id());

        f.as("guard");
        assertThatThrownBy(() -> f.census.correct(census.id(), correction)).isInstanceOf(AccessDenied.class);
        f.as("pm");
        refused(() -> f.census.correct(census.id(), new OccupancyCensus.Correction("e14-2-0101", "no reason")), "EST-03",
                "no-discrepancy-to-correct");
        refused(() -> f.census.correct(census.id(), new OccupancyCensus.Correction("e14-1-0102", "a renovation")), "EST-02",
                "corrected-through-its-process");
        assertThat(f.queries.unit(f.unit("e14-1-0102")).occupancy()).isEqualTo(Occupancy.NOT_TAKEN_OVER);

        // who checked a unit does not also confirm what they found
        var own = f.census.open(f.estate, YearMonth.of(2026, 4));
        List<OccupancyCensus.Check> pmChecks = new ArrayList<>();
        for (OccupancyCensus.Check c : everyUnitAsRegistered()) {
            pmChecks.add(c.unitCode().equals("e14-1-0101") ? new OccupancyCensus.Check(c.unitCode(), Occupancy.OFFICE, "") : c);
        }
        f.census.check(own.id(), pmChecks);
        f.census.report(own.id());
        refused(() -> f.census.correct(own.id(), new OccupancyCensus.Correction("e14-1-0101", "I saw it myself")), "EST-03",
                "corrected-by-who-checked");

        var corrected = f.census.correct(census.id(), correction);
        assertThat(corrected.id()).isEqualTo(census.id());
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.OWNER_OCCUPIED);
        assertThat(f.queries.occupancyHistory(f.unit("e14-1-0101"), PageRequest.first(1)).items()).singleElement()
                .satisfies(h -> {
                    assertThat(h.cause()).isEqualTo(OccupancyCause.CENSUS_CORRECTION);
                    assertThat(h.from()).isEqualTo(Occupancy.VACANT);
                    assertThat(h.reference()).contains(census.id().toString()).contains("moved in without telling the desk");
                    assertThat(h.actor()).isEqualTo("pm");
                });
        assertThat(f.census.lines(census.id(), false, PageRequest.first(10)).items())
                .filteredOn(l -> l.code().equals("e14-1-0101")).singleElement()
                .satisfies(l -> assertThat(l.correctedBy()).isEqualTo("pm"));
        refused(() -> f.census.correct(census.id(), correction), "EST-03", "no-discrepancy-to-correct");
    }

    @Test
    @DisplayName("EST-03: a unit that changed through its own process since it was checked is not corrected from the census")
    void a_unit_changed_since_the_check_is_not_corrected() {
        f.as("pm");
        var census = f.census.open(f.estate, YearMonth.of(2026, 3));
        f.as("guard");
        List<OccupancyCensus.Check> checks = new ArrayList<>();
        for (OccupancyCensus.Check c : everyUnitAsRegistered()) {
            checks.add(c.unitCode().equals("e14-1-0101") ? new OccupancyCensus.Check(c.unitCode(), Occupancy.OWNER_OCCUPIED, "")
                    : c);
        }
        f.census.check(census.id(), checks);
        f.as("pm");
        f.census.report(census.id());
        f.as("desk");
        f.occupants.ownerMovesIn(f.unit("e14-1-0101"), null);
        f.as("pm");
        refused(() -> f.census.correct(census.id(), new OccupancyCensus.Correction("e14-1-0101", "moved in")), "EST-03",
                "changed-since-the-census");
    }
}
