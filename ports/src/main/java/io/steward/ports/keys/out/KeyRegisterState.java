package io.steward.ports.keys.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.shared.EstateId;
import java.time.Instant;
import java.util.List;

/**
 * The key register of an estate (钥匙委托管理清册, KEY-02): its designated key manager, the deputies the project manager
 * designated, and the last number given. {@code lastNumber} is changed only by {@link KeyRegisters#nextNumber}. Only
 * the key manager and the deputies move keys.
 */
public record KeyRegisterState(EstateId estate, String keyManager, String designatedBy, Instant designatedAt,
                               List<Deputy> deputies, long lastNumber, long version) implements Versioned<KeyRegisterState> {
    public KeyRegisterState {
        deputies = deputies == null ? List.of() : List.copyOf(deputies);
    }

    public KeyRegisterState withDeputies(List<Deputy> newDeputies) {
        return new KeyRegisterState(estate, keyManager, designatedBy, designatedAt, newDeputies, lastNumber, version);
    }

    public KeyRegisterState withLastNumber(long number) {
        return new KeyRegisterState(estate, keyManager, designatedBy, designatedAt, deputies, number, version);
    }

    @Override
    public KeyRegisterState withVersion(long newVersion) {
        return new KeyRegisterState(estate, keyManager, designatedBy, designatedAt, deputies, lastNumber, newVersion);
    }

    /** KEY-02: whether {@code person} keeps the register: the key manager, or a deputy. */
    public boolean keptBy(String person) {
        return keyManager.equals(person) || deputies.stream().anyMatch(d -> d.person().equals(person));
    }
}
