package io.steward.adapter.rest;

import io.steward.ports.shared.out.IdempotencyRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on POST: the first request with a key is processed and its answer remembered; a retry with
 * the same key and the same body gets the same answer again (marked {@code Idempotent-Replayed: true}) and changes
 * nothing; the same key with a different body is refused (422); a retry while the first is still running is told to
 * wait (409). Keys belong to the caller who used them. A server error (5xx) is forgotten, so it can be retried.
 *
 * <p>A claim whose request never answered is given up: at once when it was made before this filter started (the server
 * died mid-request and was restarted: nothing of that request was committed, so its retry must run), otherwise after
 * {@link #ABANDONED_AFTER}. The first rule assumes one server per database, as the reference server is; a cluster
 * behind one database relies on the second.
 */
@Provider
@ApplicationScoped
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final int MAX_KEY = IdempotencyRecords.MAX_KEY;
    /** A claim this old whose request never answered (the server stopped mid-request) is given up. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

    private final IdempotencyRecords records;
    private final Clock clock;
    private final Instant started;

    @Inject
    public IdempotencyFilter(IdempotencyRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.started = clock == null ? Instant.MIN : clock.instant();
    }

    /**
     * For the CDI proxy, and for Jakarta REST runtimes that insist on a public constructor before asking CDI for the
     * instance (RESTEasy); never used to serve a request.
     */
    public IdempotencyFilter() {
        this(null, null);
    }

    private record Claim(String scope, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY) {
            abort(request, 400, "invalid-idempotency-key", "an Idempotency-Key is 1 to " + MAX_KEY + " characters");
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String scope = scope(request);
        String hash = hash(request, body);
        if (claim(request, scope, key, hash)) {
            return;
        }
        Optional<IdempotencyRecords.Entry> earlier = records.find(scope, key);
        if (earlier.isPresent() && earlier.get().inProgress() && abandoned(earlier.get())) {
            records.release(scope, key);
            if (claim(request, scope, key, hash)) {
                return;
            }
            earlier = records.find(scope, key);
        }
        if (earlier.isEmpty() || earlier.get().inProgress()) {
            abort(request, 409, "idempotent-request-in-progress",
                    "a request with this Idempotency-Key is still being processed; retry later");
        } else if (!earlier.get().requestHash().equals(hash)) {
            abort(request, 422, "idempotency-key-reused",
                    "this Idempotency-Key was used for a different request");
        } else {
            IdempotencyRecords.Entry answer = earlier.get();
            Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true").header(HEADER, key);
            if (answer.location() != null) {
                replay.header("Location", answer.location());
            }
            if (answer.body() != null) {
                replay.entity(answer.body().getBytes(StandardCharsets.UTF_8)).type(answer.contentType());
            }
            request.abortWith(replay.build());
        }
    }

    /** Made before this server started, or long enough ago that its request cannot still be running. */
    private boolean abandoned(IdempotencyRecords.Entry claim) {
        return claim.createdAt().isBefore(started) || claim.createdAt().plus(ABANDONED_AFTER).isBefore(clock.instant());
    }

    private boolean claim(ContainerRequestContext request, String scope, String key, String hash) {
        if (records.claim(scope, key, hash, clock.instant())) {
            request.setProperty(CLAIM, new Claim(scope, key));
            return true;
        }
        return false;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Claim claim = (Claim) request.getProperty(CLAIM);
        if (claim == null) {
            return;
        }
        if (response.getStatus() >= 500) {
            records.release(claim.scope(), claim.key());
            return;
        }
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        if (!response.hasEntity()) {
            remember(claim, response.getStatus(), null, null, location);
            return;
        }
        // the body is written here, once, so the answer sent and the answer remembered are the same bytes
        Object entity = response.getEntity();
        String body = entity instanceof String text ? text : JsonMapping.jsonb().toJson(entity);
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        response.setEntity(body.getBytes(StandardCharsets.UTF_8), new java.lang.annotation.Annotation[0], type);
        response.getHeaders().putSingle(HEADER, claim.key());
        remember(claim, response.getStatus(), type.toString(), body, location);
    }

    /** The answer was given: if it cannot be remembered, the key is freed rather than left in progress for ever. */
    private void remember(Claim claim, int status, String type, String body, String location) {
        try {
            records.complete(claim.scope(), claim.key(), status, type, body, location);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remember the answer to Idempotency-Key " + claim.key() + "; releasing it", e);
            records.release(claim.scope(), claim.key());
        }
    }

    private static String scope(ContainerRequestContext request) {
        Principal who = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        return who == null ? "anonymous" : who.getName();
    }

    /** The request is its method, its path with query, its media type and its body. */
    private static String hash(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + ' ' + request.getUriInfo().getRequestUri().getRawPath() + '?'
                    + request.getUriInfo().getRequestUri().getRawQuery() + '\n').getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void abort(ContainerRequestContext request, int status, String code, String detail) {
        request.abortWith(Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:steward:problem:" + code, "Idempotency-Key", status, detail, null, null, code,
                        null, null))
                .build());
    }
}
