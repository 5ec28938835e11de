package io.steward.ports.keys.out;

import java.time.Instant;

/** KEY-02: a person the project manager designated to keep the register in the key manager's stead, and when. */
public record Deputy(String person, String designatedBy, Instant designatedAt) {
}
