package io.steward.domain.emergency;

import io.steward.ports.emergency.out.Incidents;

/** The emergency context's repositories, handed over together by the composition root. */
public record EmergencyStore(Incidents incidents) {
}
