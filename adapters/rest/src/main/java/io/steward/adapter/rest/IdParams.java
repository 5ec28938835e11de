package io.steward.adapter.rest;

import io.steward.ports.shared.Identifier;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Path and query parameters of every id type (the {@link Identifier} marker), read by the type's {@code parse(String)}
 * as the JSON bodies are ({@link JsonMapping}): a resource declares {@code @PathParam("unit") UnitId unit} and a new
 * id type needs no registration. A malformed id is refused as {@code InvalidInput}: the runtime wraps it (Jakarta REST
 * would answer 404 for a path or query parameter it cannot convert) and {@link ProblemMapper} finds it in the causes
 * and answers 400 naming what was malformed.
 */
@Provider
public class IdParams implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type generic, Annotation[] annotations) {
        if (!Identifier.class.isAssignableFrom(type)) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                // an absent query parameter is the resource's to refuse or to take as "any", on every runtime
                return text == null ? null : (T) JsonMapping.IdReader.parse(type, text);
            }

            @Override
            public String toString(T id) {
                return id.toString();
            }
        };
    }
}
