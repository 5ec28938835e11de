package io.steward.adapter.rest;

import io.steward.ports.estate.Area;
import io.steward.ports.shared.Fen;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.shared.Identifier;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the ports' value types look on the wire: money as an integer number of fen ({@code 152250} is CNY
 * 1 522.50 — never a floating-point yuan), areas as exact decimal square metres ({@code "89.50"}), ids as strings.
 */
@Provider
public class JsonMapping implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create(config());

    public static JsonbConfig config() {
        return new JsonbConfig().withAdapters(new FenAdapter(), new AreaAdapter(), new DispositionsAdapter())
                .withSerializers(new IdWriter()).withDeserializers(new IdReader());
    }

    /** Whether values of {@code type} are written as their text (every id: {@link Identifier}). */
    static boolean text(Class<?> type) {
        return Identifier.class.isAssignableFrom(type);
    }

    /** The one Jsonb this adapter uses, for tests and for the idempotency replay. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Every id (the {@link Identifier} marker), written as its text: no list of id types to keep. */
    static final class IdWriter implements JsonbSerializer<Identifier> {
        @Override
        public void serialize(Identifier id, JsonGenerator generator, SerializationContext context) {
            generator.write(id.toString());
        }
    }

    /** Every id read back by its type's {@code parse(String)}, which refuses a malformed one as {@code InvalidInput}. */
    static final class IdReader implements JsonbDeserializer<Identifier> {
        private static final Map<Class<?>, Method> PARSE = new ConcurrentHashMap<>();

        @Override
        public Identifier deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return parse((Class<?>) type, parser.getString());
        }

        static Identifier parse(Class<?> type, String text) {
            Method parse = PARSE.computeIfAbsent(type, t -> {
                try {
                    return t.getMethod("parse", String.class);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(t.getName() + " is an Identifier without parse(String)", e);
                }
            });
            try {
                return (Identifier) parse.invoke(null, text);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException refused) {
                    throw refused;
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Dispositions of a transfer as one object with a field per obligation code (EST-07): Yasson writes a map whose keys
     * are records as an array of entries, so the map is adapted to one keyed by the codes.
     */
    static final class DispositionsAdapter implements JsonbAdapter<Map<Obligation, Disposition>, Map<String, Disposition>> {
        @Override
        public Map<String, Disposition> adaptToJson(Map<Obligation, Disposition> dispositions) {
            return Obligation.byCode(dispositions);
        }

        @Override
        public Map<Obligation, Disposition> adaptFromJson(Map<String, Disposition> codes) {
            return Obligation.fromCodes(codes);
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
