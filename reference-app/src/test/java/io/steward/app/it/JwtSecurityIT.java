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
 * no token, a token signed by another key, an expired token or basic auth are all 401.
 */
class JwtSecurityIT {
    private static final String ISSUER = "https://issuer.steward.test";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String api = "http://localhost:" + System.getProperty("it.jwt.http.port", "9082") + "/api/";

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
    @DisplayName("a token of the configured issuer is accepted, and its upn is the person Steward authorizes")
    void a_valid_token_is_the_caller() throws Exception {
        HttpResponse<String> gm = get("people/gm/roles", token(issuerKey(), "gm", Instant.now().plusSeconds(600)));
        assertEquals(200, gm.statusCode(), gm.body());
        assertTrue(gm.body().contains("COMPANY_GM"), gm.body());

        HttpResponse<String> nobody = get("estates", token(issuerKey(), "someone-new", Instant.now().plusSeconds(600)));
        assertEquals(200, nobody.statusCode());
        assertTrue(nobody.body().contains("\"total\":0"), nobody.body());
    }

    @Test
    @DisplayName("no token, a forged or expired token, or a demo password: 401")
    void everything_else_is_unauthorized() throws Exception {
        assertEquals(401, get("estates", null).statusCode());
        var forger = KeyPairGenerator.getInstance("RSA");
        forger.initialize(2048);
        assertEquals(401, get("estates", token(forger.generateKeyPair().getPrivate(), "gm", Instant.now().plusSeconds(600))).statusCode());
        assertEquals(401, get("estates", token(issuerKey(), "gm", Instant.now().minusSeconds(3600))).statusCode());
        String basic = "Basic " + Base64.getEncoder().encodeToString("gm:steward".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, get("estates", basic).statusCode());
    }
}
