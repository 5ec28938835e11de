package io.steward.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.IncidentKind;
import io.steward.ports.emergency.out.IncidentState;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.PageRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The behaviour every implementation of the emergency context's out-ports must show. */
public abstract class EmergencyPortsContract extends AdaptersContract {

    @Test
    @DisplayName("EMG-10 incident log: every field round-trips; writes are optimistic; the estate's log is newest first and paged")
    void incidents() {
        EstateId estate = newEstate().id();
        IncidentState fire = new IncidentState(IncidentId.newId(), estate, IncidentKind.FIRE, newUnit(estate), "e14-1-0101 kitchen",
                "smoke from the kitchen, nobody home", Samples.AT.minusSeconds(600), "guard", Samples.AT, 0);
        IncidentState lost = new IncidentState(IncidentId.newId(), estate, IncidentKind.KEY_LOST, null, "key cabinet",
                "key #4 missing at the evening count", Samples.AT.minusSeconds(60), "keys", Samples.AT.plusSeconds(30), 0);
        IncidentState[] stored = new IncidentState[1];
        tx(() -> stored[0] = a.incidents().save(fire));
        tx(() -> a.incidents().save(lost));
        assertThat(stored[0]).isEqualTo(fire.withVersion(1));
        assertThat(a.incidents().find(fire.id())).contains(fire.withVersion(1));
        assertThatThrownBy(() -> tx(() -> a.incidents().save(fire))).isInstanceOf(ConcurrentUpdate.class);
        var page = a.incidents().ofEstate(estate, PageRequest.first(1));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(IncidentState::id).containsExactly(lost.id());
        assertThat(a.incidents().ofEstate(estate, new PageRequest(1, 1)).items()).extracting(IncidentState::id)
                .containsExactly(fire.id());
        assertThat(a.incidents().ofEstate(EstateId.newId(), PageRequest.first(10)).items()).isEmpty();
    }
}
