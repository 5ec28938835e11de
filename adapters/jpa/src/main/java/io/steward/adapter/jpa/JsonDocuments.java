package io.steward.adapter.jpa;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** JSON-B (de)serialisation of state records stored as documents. */
final class JsonDocuments {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonDocuments() {
    }

    static String write(Object value) {
        return JSONB.toJson(value);
    }

    static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}
