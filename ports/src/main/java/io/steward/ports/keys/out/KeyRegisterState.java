package io.steward.ports.keys.out;

import io.steward.ports.shared.EstateId;
import java.time.Instant;

/**
 * The key register of an estate (钥匙委托管理清册, KEY-02): its designated key manager and the last number given.
 * {@code lastNumber} is changed only by {@link KeyRegisters#nextNumber}.
 */
public record KeyRegisterState(EstateId estate, String keyManager, String designatedBy, Instant designatedAt,
                               long lastNumber, long version) {
}
