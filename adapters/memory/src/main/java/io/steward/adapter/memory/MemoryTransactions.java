package io.steward.adapter.memory;

import io.steward.ports.shared.out.Transactions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Serialised transactions with an undo log: a failed unit of work undoes every change it made. */
public final class MemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undo.get() != null) {
            return work.get();
        }
        lock.lock();
        Deque<Runnable> log = new ArrayDeque<>();
        undo.set(log);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            while (!log.isEmpty()) {
                log.pop().run();
            }
            throw e;
        } finally {
            undo.remove();
            lock.unlock();
        }
    }

    /** Runs a change, and registers how to undo it should the current transaction fail. */
    void change(Runnable doIt, Runnable undoIt) {
        doIt.run();
        Deque<Runnable> log = undo.get();
        if (log != null) {
            log.push(undoIt);
        }
    }
}
