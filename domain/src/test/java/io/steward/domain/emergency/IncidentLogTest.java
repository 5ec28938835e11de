package io.steward.domain.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.emergency.IncidentKind;
import io.steward.ports.emergency.IncidentReported;
import io.steward.ports.emergency.in.ReportIncidents;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentLogTest {
    private final EstateFixture f = new EstateFixture();

    IncidentLogTest() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
        f.grant("guard", Role.SECURITY);
    }

    private ReportIncidents.Report fire(java.time.Instant at, UnitId unit) {
        return new ReportIncidents.Report(f.estate, IncidentKind.FIRE, unit, "e14-1-0101 kitchen", "smoke, nobody answers", at);
    }

    @Test
    @DisplayName("EMG-03/EMG-10: whoever witnesses an incident reports it; it is dated when it happened and when reported")
    void staff_report_incidents() {
        f.as("guard");
        var reported = f.incidents.report(fire(EstateFixture.NOW.minus(Duration.ofMinutes(5)), f.unit("e14-1-0101")));
        assertThat(reported.reportedBy()).isEqualTo("guard");
        assertThat(reported.reportedAt()).isEqualTo(EstateFixture.NOW);
        assertThat(reported.occurredAt()).isEqualTo(EstateFixture.NOW.minus(Duration.ofMinutes(5)));
        assertThat(f.incidents.incidents(f.estate, PageRequest.first(10)).items()).containsExactly(reported);
        assertThat(f.memory.events.published(IncidentReported.class)).hasSize(1);
    }

    @Test
    @DisplayName("EMG-10: an incident is reported after it happened, in the unit's own estate, by its staff")
    void bad_reports_are_refused() {
        f.as("guard");
        assertThatThrownBy(() -> f.incidents.report(fire(EstateFixture.NOW.plusSeconds(60), null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.ruleId()).isEqualTo("EMG-10"));
        assertThatThrownBy(() -> f.incidents.report(fire(EstateFixture.NOW, UnitId.newId()))).isInstanceOf(NotFound.class);
        // a unit of another estate is not this estate's unit
        var lake = f.estate;
        f.registerEstate("HILL");
        f.importSmallLayout();
        var hillUnit = f.unit("e14-1-0101");
        f.estate = lake;
        f.as("guard");
        assertThatThrownBy(() -> f.incidents.report(fire(EstateFixture.NOW, hillUnit))).isInstanceOf(NotFound.class);
        f.as("stranger");
        assertThatThrownBy(() -> f.incidents.report(fire(EstateFixture.NOW, null))).isInstanceOf(NotFound.class);
        assertThat(f.memory.incidents.ofEstate(f.estate, PageRequest.first(10)).total()).isZero();
    }
}
