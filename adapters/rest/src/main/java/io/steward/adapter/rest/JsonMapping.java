package io.steward.adapter.rest;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.Area;
import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.KeyId;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.estate.TransferId;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How the ports' value types look on the wire: money as an integer number of fen ({@code 152250} is CNY
 * 1 522.50 — never a floating-point yuan), areas as exact decimal square metres ({@code "89.50"}), ids as strings.
 */
@Provider
public class JsonMapping implements ContextResolver<Jsonb> {
    /** The ids, each written as its text; one list for the binding and for {@link StrictJson}. */
    private static final List<Text<?>> IDS = List.of(
            new Text<EstateId>(EstateId.class, EstateId::parse) { },
            new Text<ApprovalId>(ApprovalId.class, ApprovalId::parse) { },
            new Text<IncidentId>(IncidentId.class, IncidentId::parse) { },
            new Text<TransferId>(TransferId.class, TransferId::parse) { },
            new Text<UnitId>(UnitId.class, UnitId::parse) { },
            new Text<HandoverId>(HandoverId.class, HandoverId::parse) { },
            new Text<ArchiveId>(ArchiveId.class, ArchiveId::parse) { },
            new Text<GoodsPassId>(GoodsPassId.class, GoodsPassId::parse) { },
            new Text<CensusId>(CensusId.class, CensusId::parse) { },
            new Text<KeyId>(KeyId.class, KeyId::parse) { },
            new Text<ForcedEntryId>(ForcedEntryId.class, ForcedEntryId::parse) { });

    /** The types written as their text (ids). */
    static final java.util.Set<Class<?>> TEXTS = IDS.stream().map(t -> t.type).collect(java.util.stream.Collectors.toSet());

    private static final Jsonb JSONB = JsonbBuilder.create(config());

    public static JsonbConfig config() {
        List<JsonbAdapter<?, ?>> adapters = new ArrayList<>(IDS);
        adapters.add(new FenAdapter());
        adapters.add(new AreaAdapter());
        return new JsonbConfig().withAdapters(adapters.toArray(JsonbAdapter[]::new));
    }

    /** The one Jsonb this adapter uses, for tests and for the idempotency replay. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** An id record written as its text; subclassed per type so JSON-B can see the type argument. */
    abstract static class Text<T> implements JsonbAdapter<T, String> {
        private final Class<T> type;
        private final Function<String, T> parse;

        Text(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public String adaptToJson(T value) {
            return value.toString();
        }

        @Override
        public T adaptFromJson(String text) {
            return type.cast(parse.apply(text));
        }
    }

    static final class FenAdapter implements JsonbAdapter<Fen, Long> {
        @Override
        public Long adaptToJson(Fen fen) {
            return fen.value();
        }

        @Override
        public Fen adaptFromJson(Long fen) {
            return Fen.of(fen);
        }
    }

    static final class AreaAdapter implements JsonbAdapter<Area, BigDecimal> {
        @Override
        public BigDecimal adaptToJson(Area area) {
            return BigDecimal.valueOf(area.hundredths(), 2);
        }

        @Override
        public Area adaptFromJson(BigDecimal squareMetres) {
            return Area.squareMetres(squareMetres.toPlainString());
        }
    }
}
