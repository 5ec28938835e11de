package io.steward.adapter.jpa;

import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** JSON-B (de)serialisation of state records stored as documents. */
final class JsonDocuments {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(new Dispositions()));

    private JsonDocuments() {
    }

    static String write(Object value) {
        return JSONB.toJson(value);
    }

    /** A transfer's dispositions as one object with a field per obligation code, as stored before obligations were codes. */
    static final class Dispositions implements JsonbAdapter<Map<Obligation, Disposition>, Map<String, Disposition>> {
        @Override
        public Map<String, Disposition> adaptToJson(Map<Obligation, Disposition> dispositions) {
            return Obligation.byCode(dispositions);
        }

        @Override
        public Map<Obligation, Disposition> adaptFromJson(Map<String, Disposition> codes) {
            return Obligation.fromCodes(codes);
        }
    }

    static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    /** How many documents of one type {@link #readShared} keeps parsed before it starts again. */
    static final int SHARED_MAX = 1024;
    private static final Map<Class<?>, Map<String, Object>> SHARED = new ConcurrentHashMap<>();

    /**
     * {@link #read}, for a document type whose values are immutable and read on most requests (an estate's fee
     * schedule and policy): the value parsed from the same text is shared, so a document is parsed once per version
     * instead of once per request. The text is the key, so a changed document is parsed afresh; the entity cache
     * hands out the same text for an unchanged row, so the lookup is an identity comparison.
     */
    static <T> T readShared(String json, Class<T> type) {
        Map<String, Object> parsed = SHARED.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        Object value = parsed.get(json);
        if (value == null) {
            value = read(json, type);
            if (parsed.size() >= SHARED_MAX) {
                parsed.clear();
            }
            parsed.put(json, value);
        }
        return type.cast(value);
    }
}
