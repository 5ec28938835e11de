package io.steward.adapter.memory;

import io.steward.ports.shared.out.IdempotencyRecords;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency records in memory. Claims are atomic, so two concurrent requests with one key cannot both run. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {
    private final Map<String, Entry> entries = new HashMap<>();

    private static String id(String scope, String key) {
        return scope + "\u0000" + key;
    }

    @Override
    public synchronized Optional<Entry> find(String scope, String key) {
        return Optional.ofNullable(entries.get(id(scope, key)));
    }

    @Override
    public synchronized boolean claim(String scope, String key, String requestHash, Instant at) {
        return entries.putIfAbsent(id(scope, key), new Entry(scope, key, requestHash, 0, null, null, null, at)) == null;
    }

    @Override
    public synchronized void complete(String scope, String key, int status, String contentType, String body, String location) {
        entries.computeIfPresent(id(scope, key), (k, e) -> new Entry(scope, key, e.requestHash(), status, contentType, body,
                location, e.createdAt()));
    }

    @Override
    public synchronized void release(String scope, String key) {
        entries.remove(id(scope, key));
    }
}
