package io.steward.adapter.rest;

import io.steward.ports.estate.Area;
import io.steward.ports.estate.Obligation;
import io.steward.ports.shared.Fen;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON request body strictly, against the request record it binds to, before JSON-B binds it (JSON-B silently
 * wraps a number too large for an {@code int}, truncates a fraction of a fen, turns {@code "12"} into 12 and drops fields
 * it does not know). Every problem is reported with the path of its field, all at once, as a 400:
 * <ul>
 *   <li>a whole-number field ({@code int}, {@code long}, fen) takes a JSON number that is whole and within its range —
 *       never wrapped, never rounded, never a string;</li>
 *   <li>a decimal field (areas, meter readings) takes a JSON number of at most {@value #MAX_DIGITS} digits;</li>
 *   <li>a date or an instant is a string in ISO-8601 with a year from {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR};</li>
 *   <li>an enum is one of its constants (the message lists them); a boolean is {@code true} or {@code false};</li>
 *   <li>a string holds no control characters (tab and line breaks aside);</li>
 *   <li>a list or a map holds no nulls;</li>
 *   <li>a record takes an object with its own fields only (an unknown field is a mistake of the caller, not noise),
 *       each field once.</li>
 * </ul>
 * An id is a string, which its adapter parses (and refuses). Types it does not know are left to JSON-B.
 */
@Provider
public class StrictJson implements ReaderInterceptor {
    static final int MAX_DIGITS = 30;
    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2199;
    private static final int MAX_ERRORS = 50;
    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    /** A body that does not fit its request record, with every field that is wrong. */
    public static final class InvalidJson extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem.FieldError> errors;

        InvalidJson(List<Problem.FieldError> errors) {
            super(errors.size() + " field(s) are not what the request takes");
            this.errors = List.copyOf(errors);
        }

        public List<Problem.FieldError> errors() {
            return errors;
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || !context.getType().isRecord()) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            check(new String(body, StandardCharsets.UTF_8), context.getGenericType());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Checks the JSON text against the type; throws {@link InvalidJson} listing every wrong field. */
    static void check(String json, Type type) {
        JsonValue value;
        try (var reader = READERS.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw e;
        } catch (jakarta.json.JsonException e) {
            // a field given twice
            throw new InvalidJson(List.of(new Problem.FieldError("body", "every field is given once: " + e.getMessage())));
        } catch (RuntimeException e) {
            // the parser's own limits (nesting deeper than 1 000)
            throw new InvalidJson(List.of(new Problem.FieldError("body", "JSON within the parser's limits: " + e.getMessage())));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        check(value, type, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidJson(errors);
        }
    }

    private static void check(JsonValue value, Type type, String path, List<Problem.FieldError> errors) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? "body" : path;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new Problem.FieldError(field, "a value is required"));
            }
            return;
        }
        if (raw == int.class || raw == Integer.class) {
            whole(value, field, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
        } else if (raw == long.class || raw == Long.class) {
            whole(value, field, Long.MIN_VALUE, Long.MAX_VALUE, errors);
        } else if (raw == Fen.class) {
            whole(value, field, 0, Fen.MAX, errors);
        } else if (raw == BigDecimal.class || raw == Area.class || raw == BigInteger.class || raw == double.class
                || raw == Double.class) {
            decimal(value, field, errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                errors.add(new Problem.FieldError(field, "true or false"));
            }
        } else if (raw == String.class || JsonMapping.text(raw)) {
            if (!(value instanceof JsonString text)) {
                errors.add(new Problem.FieldError(field, "a string"));
            } else if (text.getString().chars().anyMatch(StrictJson::control)) {
                errors.add(new Problem.FieldError(field, "text without control characters (tab and line breaks aside)"));
            }
        } else if (raw.isEnum()) {
            enumConstant(value, raw, field, errors);
        } else if (raw == LocalDate.class || raw == Instant.class || raw == YearMonth.class || raw == OffsetDateTime.class
                || raw == LocalDateTime.class) {
            time(value, raw, field, errors);
        } else if (raw.isRecord()) {
            record(value, raw, path, field, errors);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                errors.add(new Problem.FieldError(field, "a list"));
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                element(array.get(i), argument(type, 0), field + "[" + i + "]", errors);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new Problem.FieldError(field, "an object"));
                return;
            }
            Class<?> key = raw(argument(type, 0));
            for (var e : object.entrySet()) {
                if (key.isEnum()) {
                    enumConstant(Json.createValue(e.getKey()), key, field + "." + e.getKey(), errors);
                } else if (key == Obligation.class && !Obligation.isCode(e.getKey())) {
                    errors.add(new Problem.FieldError(field + "." + e.getKey(), "an obligation's code: upper-case letters, "
                            + "digits and underscores, starting with a letter"));
                }
                element(e.getValue(), argument(type, 1), field + "." + e.getKey(), errors);
            }
        }
    }

    /** An element of a list or a value of a map is never null. */
    private static void element(JsonValue value, Type type, String path, List<Problem.FieldError> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new Problem.FieldError(path, "a value is required: a list or a map holds no nulls"));
        } else {
            check(value, type, path, errors);
        }
    }

    /** Each record's components, looked up once per type rather than once per request (reflection copies them each time). */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static void record(JsonValue value, Class<?> raw, String path, String field, List<Problem.FieldError> errors) {
        if (!(value instanceof JsonObject object)) {
            errors.add(new Problem.FieldError(field, "an object"));
            return;
        }
        RecordComponent[] components = COMPONENTS.get(raw);
        for (String name : object.keySet()) {
            if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
                errors.add(new Problem.FieldError(path.isEmpty() ? name : path + "." + name, "not a field of this request; "
                        + "its fields are " + Arrays.stream(components).map(RecordComponent::getName).toList()));
            }
        }
        for (RecordComponent c : components) {
            JsonValue v = object.get(c.getName());
            if (v != null) {
                check(v, c.getGenericType(), path.isEmpty() ? c.getName() : path + "." + c.getName(), errors);
            } else if (c.getType().isPrimitive() && c.getType() != boolean.class) {
                errors.add(new Problem.FieldError(path.isEmpty() ? c.getName() : path + "." + c.getName(),
                        "a value is required"));
            }
        }
    }

    private static void whole(JsonValue value, String field, long min, long max, List<Problem.FieldError> errors) {
        String range = "a whole number from " + min + " to " + max;
        if (!(value instanceof JsonNumber number)) {
            errors.add(new Problem.FieldError(field, range));
            return;
        }
        BigDecimal d = number.bigDecimalValue();
        if (d.precision() - d.scale() > 20 || d.scale() > MAX_DIGITS) {
            errors.add(new Problem.FieldError(field, range));
            return;
        }
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            errors.add(new Problem.FieldError(field, range + ", without a fraction"));
        } else if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(new Problem.FieldError(field, range));
        }
    }

    private static void decimal(JsonValue value, String field, List<Problem.FieldError> errors) {
        if (!(value instanceof JsonNumber number)) {
            errors.add(new Problem.FieldError(field, "a decimal number"));
            return;
        }
        BigDecimal d = number.bigDecimalValue();
        if (d.precision() > MAX_DIGITS || Math.abs((long) d.precision() - d.scale()) > MAX_DIGITS || d.scale() > MAX_DIGITS) {
            errors.add(new Problem.FieldError(field, "a decimal number of at most " + MAX_DIGITS + " digits"));
        }
    }

    private static void enumConstant(JsonValue value, Class<?> type, String field, List<Problem.FieldError> errors) {
        List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(value instanceof JsonString s) || !constants.contains(s.getString())) {
            errors.add(new Problem.FieldError(field, "one of " + constants));
        }
    }

    private static void time(JsonValue value, Class<?> type, String field, List<Problem.FieldError> errors) {
        String expected = type == LocalDate.class ? "a date, YYYY-MM-DD" : type == YearMonth.class ? "a month, YYYY-MM"
                : "an instant, e.g. 2026-03-16T02:00:00Z";
        String sane = ", in the years " + EARLIEST_YEAR + " to " + LATEST_YEAR;
        if (!(value instanceof JsonString s) || s.getString().length() > 40) {
            errors.add(new Problem.FieldError(field, expected + sane));
            return;
        }
        try {
            int year;
            if (type == LocalDate.class) {
                year = LocalDate.parse(s.getString()).getYear();
            } else if (type == YearMonth.class) {
                year = YearMonth.parse(s.getString()).getYear();
            } else if (type == LocalDateTime.class) {
                year = LocalDateTime.parse(s.getString()).getYear();
            } else {
                year = OffsetDateTime.parse(s.getString()).getYear();
            }
            if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
                errors.add(new Problem.FieldError(field, expected + sane));
            }
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, expected + sane));
        }
    }

    /** C0 controls but tab, line feed and carriage return, DEL and C1 controls (PostgreSQL refuses NUL in text). */
    private static boolean control(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof java.lang.reflect.WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}
