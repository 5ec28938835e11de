package io.steward.adapter.rest;

import io.steward.ports.shared.Refusal;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into {@code application/problem+json}: refusals keep their rule id, code and details;
 * validation failures list the fields; unreadable bodies are 400s; anything unexpected is a 500 with an incident
 * number that is logged with the stack trace, which the client never sees.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        return response(failure);
    }

    static Response response(Throwable failure) {
        Problem problem = problemFor(failure);
        Response.ResponseBuilder answer = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // a 405 says which methods the resource takes, a 401 how to authenticate
            for (String header : new String[] {"Allow", "WWW-Authenticate"}) {
                String value = web.getResponse().getHeaderString(header);
                if (value != null) {
                    answer.header(header, value);
                }
            }
        }
        return answer.build();
    }

    static Problem problemFor(Throwable failure) {
        Refusal refusal = refusalIn(failure);
        if (refusal != null) {
            return refusal(refusal);
        }
        if (failure instanceof ConstraintViolationException invalid) {
            List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return new Problem("urn:steward:problem:invalid-request", "The request is invalid", 400,
                    errors.size() + " field(s) failed validation", null, null, "invalid-request", null, errors);
        }
        StrictJson.InvalidJson invalidJson = find(failure, StrictJson.InvalidJson.class);
        if (invalidJson != null) {
            return new Problem("urn:steward:problem:invalid-request", "The request is invalid", 400,
                    invalidJson.getMessage(), null, null, "invalid-request", null, invalidJson.errors());
        }
        if (unreadable(failure)) {
            return new Problem("urn:steward:problem:malformed-body", "The request body cannot be read", 400,
                    "the body is not the JSON this resource expects", null, null, "malformed-body", null, null);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), null, null, null,
                    null, null, null);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return new Problem("urn:steward:problem:internal", "Internal error", 500,
                "the request failed; quote incident " + incident + " to support", null, null, "internal",
                Map.of("incident", incident), null);
    }

    private static Problem refusal(Refusal r) {
        int status = switch (r.kind()) {
            case RULE -> 422;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case INVALID -> 400;
        };
        String title = switch (r.kind()) {
            case RULE -> "A business rule refused the request";
            case CONFLICT -> "The request conflicts with the current state";
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Forbidden";
            case INVALID -> "The request is invalid";
        };
        return new Problem("urn:steward:problem:" + r.code(), title, status, r.getMessage(), null, r.ruleId(),
                r.code(), r.details().isEmpty() ? null : r.details(), null);
    }

    /** A refusal may arrive wrapped (a command record refusing inside JSON binding, a provider wrapping it). */
    private static Refusal refusalIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refusal r) {
                return r;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean unreadable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // the body did not parse, or did not bind to the request record
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return true;
            }
            if (t instanceof WebApplicationException w && w.getResponse().getStatus() == 400) {
                return true;
            }
        }
        return false;
    }

    /** {@code register.arg0.code} → {@code code}: the client knows fields, not Java parameters. */
    private static String field(ConstraintViolation<?> v) {
        String last = null;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case PROPERTY, CONTAINER_ELEMENT -> {
                    // the index of an element in a list sits on the node that follows the list
                    if (node.isInIterable() && node.getIndex() != null) {
                        path.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (!path.isEmpty()) {
                            path.append('.');
                        }
                        path.append(node.getName());
                    }
                }
                case PARAMETER -> last = node.getName();
                default -> {
                }
            }
        }
        return path.isEmpty() ? (last == null ? "body" : last) : path.toString();
    }
}
