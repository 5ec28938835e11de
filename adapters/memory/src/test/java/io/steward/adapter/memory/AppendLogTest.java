package io.steward.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppendLogTest {
    private final MemoryTransactions tx = new MemoryTransactions();
    private final AppendLog<String> log = new AppendLog<>(tx, s -> s.charAt(0));

    private void append(String... items) {
        tx.inTransaction(() -> {
            log.append(List.of(items));
            return null;
        });
    }

    @Test
    void a_group_reads_its_own_records_in_append_order() {
        append("a1", "b1");
        append("a2");
        assertThat(log.of('a')).containsExactly("a1", "a2");
        assertThat(log.of('b')).containsExactly("b1");
        assertThat(log.of('c')).isEmpty();
        assertThat(log.last('a')).contains("a2");
        assertThat(log.last('c')).isEmpty();
        assertThat(log.where(s -> true)).containsExactly("a1", "b1", "a2");
    }

    @Test
    void a_failed_transaction_leaves_neither_the_log_nor_its_groups_changed() {
        append("a1");
        assertThatThrownBy(() -> tx.inTransaction(() -> {
            log.append(List.of("a2", "b1"));
            log.append(List.of("a3"));
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(log.of('a')).containsExactly("a1");
        assertThat(log.of('b')).isEmpty();
        assertThat(log.where(s -> true)).containsExactly("a1");
        append("a2");
        assertThat(log.of('a')).containsExactly("a1", "a2");
    }
}
