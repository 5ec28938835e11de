package io.steward.domain.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.shared.Refusal;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Refusal assertions of the key tests. */
final class KeyTestSupport {
    private KeyTestSupport() {
    }

    static <R extends Refusal> Consumer<R> rule(String ruleId, String code) {
        return r -> {
            assertThat(r.ruleId()).isEqualTo(ruleId);
            assertThat(r.code()).isEqualTo(code);
        };
    }

    static void refused(ThrowingCallable call, String ruleId, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, rule(ruleId, code));
    }

    /** 张三, the owner of e14-1-0101, with their identity document. */
    static KeepKeyRegister.Entrustment byTheOwner(boolean disclaimer) {
        return new KeepKeyRegister.Entrustment("张三", "110101199001011234", disclaimer);
    }
}
