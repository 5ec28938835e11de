package io.steward.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The real WAR on a server in production security mode ({@code steward.security=jwt}, port 9082, started by the
 * build): a MicroProfile JWT signed by the configured issuer is accepted and its {@code upn} is the acting person;
 * no token, a token signed by another key, a token expired longer ago than the small clock skew, or basic auth are all
 * 401 problems; the first company GM is only the login the operator named; Liberty's own JWT token endpoint mints
 * nothing.
 */
class JwtSecurityIT {
    private static final String ISSUER = "https://issuer.steward.test";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String api = "http://localhost:" + System.getProperty("it.jwt.http.port", "9082") + "/api/";
    private final String root = "http://localhost:" + System.getProperty("it.jwt.http.port", "9082") + "/";
    private final String secureRoot = "https://localhost:" + System.getProperty("it.jwt.https.port", "9445") + "/";

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static PrivateKey issuerKey() throws Exception {
        String pem = Files.readString(Path.of(System.getProperty("jwtPrivateKey", "src/it/jwt/test-only-private.pem")))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String token(PrivateKey key, String upn, Instant expires) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long now = Instant.now().getEpochSecond();
        String claims = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"steward\",\"upn\":\"" + upn + "\",\"sub\":\""
                + upn + "\",\"iat\":" + (now - 60) + ",\"exp\":" + expires.getEpochSecond() + ",\"jti\":\"" + now + upn
                + "\",\"groups\":[]}").getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return "Bearer " + header + "." + claims + "." + b64.encodeToString(rs256.sign());
    }

    @Test
    @DisplayName("a token of the configured issuer is accepted, and its upn is the person Steward authorizes; only the login "
            + "the operator named is the first company GM, not whoever the identity provider calls gm")
    void a_valid_token_is_the_caller() throws Exception {
        HttpResponse<String> leader = get("people/leader/roles", token(issuerKey(), "leader", Instant.now().plusSeconds(600)));
        assertEquals(200, leader.statusCode(), leader.body());
        assertTrue(leader.body().contains("COMPANY_GM"), leader.body());

        HttpResponse<String> gm = get("people/gm/roles", token(issuerKey(), "gm", Instant.now().plusSeconds(600)));
        assertEquals(200, gm.statusCode(), gm.body());
        assertEquals("[]", gm.body().trim(), "no login is the company's leader by its name alone");

        HttpResponse<String> nobody = get("estates", token(issuerKey(), "someone-new", Instant.now().plusSeconds(600)));
        assertEquals(200, nobody.statusCode());
        assertTrue(nobody.body().contains("\"total\":0"), nobody.body());
        // the upn is the caller: someone-new is not the leader, and sees none of the leader's grants
        HttpResponse<String> notTheLeader = get("people/leader/roles", token(issuerKey(), "someone-new", Instant.now().plusSeconds(600)));
        assertEquals(200, notTheLeader.statusCode(), notTheLeader.body());
        assertEquals("[]", notTheLeader.body().trim());
    }

    private static void unauthorized(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), response.headers().toString());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(response.body().contains("\"status\":401"), response.body());
    }

    @Test
    @DisplayName("no token, a forged token, a token expired beyond the 30 s clock skew, or a demo password: a 401 problem "
            + "with the Bearer challenge")
    void everything_else_is_unauthorized() throws Exception {
        unauthorized(get("estates", null));
        var forger = KeyPairGenerator.getInstance("RSA");
        forger.initialize(2048);
        unauthorized(get("estates", token(forger.generateKeyPair().getPrivate(), "gm", Instant.now().plusSeconds(600))));
        unauthorized(get("estates", token(issuerKey(), "gm", Instant.now().minusSeconds(3600))));
        unauthorized(get("estates", token(issuerKey(), "gm", Instant.now().minusSeconds(45))));
        assertEquals(200, get("estates", token(issuerKey(), "gm", Instant.now().minusSeconds(5))).statusCode(),
                "a token a few seconds past exp is within the skew");
        String basic = "Basic " + Base64.getEncoder().encodeToString("gm:steward".getBytes(StandardCharsets.UTF_8));
        unauthorized(get("estates", basic));
        unauthorized(get("no-such-route", null));
    }

    @Test
    @DisplayName("Liberty's own JWT token endpoint mints no token, for a valid Steward token either, over HTTPS or behind a "
            + "proxy")
    void the_liberty_token_endpoint_mints_nothing() throws Exception {
        String valid = token(issuerKey(), "leader", Instant.now().plusSeconds(600));
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        HttpClient tls = HttpClient.newBuilder().sslContext(trustAll).build();
        for (String base : new String[] {secureRoot, root}) {
            for (String method : new String[] {"GET", "POST"}) {
                HttpResponse<String> minted = tls.send(HttpRequest.newBuilder(URI.create(base + "jwt/ibm/api/defaultJWT/token"))
                        .header("Authorization", valid).header("X-Forwarded-Proto", "https")
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(minted.statusCode() >= 400, base + " " + method + " → " + minted.statusCode() + " " + minted.body());
                assertTrue(!minted.body().contains("token\""), minted.body());
            }
        }
    }
}
