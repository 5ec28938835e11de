package io.steward.example.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.KeyView;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's plain-Java example runs as it reads. */
class EmbeddedStewardTest {
    @Test
    @DisplayName("the embedded program registers an estate, keeps a key register and moves a key, refusing a second check-out (KEY-12)")
    void the_program_runs_as_the_readme_says() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        KeyView key = EmbeddedSteward.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(key.status()).isEqualTo(KeyStatus.IN_CABINET);
        assertThat(key.movements()).isEqualTo(3);
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "estate LAKE registered with 1 unit",
                "key #1 (pump room) is IN_CABINET",
                "key #1 is LENT with eng",
                "refused: KEY-12 key-not-in-cabinet",
                "key #1 is IN_CABINET after 3 movements");
    }
}
