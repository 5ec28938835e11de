package io.steward.adapter.jpa;

import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Map;

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
}
