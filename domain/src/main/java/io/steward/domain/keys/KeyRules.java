package io.steward.domain.keys;

import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Refusals of key custody, each naming its rule. */
final class KeyRules {
    private KeyRules() {
    }

    static Refusal refuse(String ruleId, String code, String message, Map<String, ?> details) {
        return new Refusal(ruleId, code, message, details);
    }

    static Refusal refuse(String ruleId, String code, String message) {
        return new Refusal(ruleId, code, message);
    }

    /** The key is somewhere else: the request clashes with the key's current holder (HTTP 409). */
    static Conflict elsewhere(String ruleId, String code, String message, Map<String, ?> details) {
        return new Conflict(ruleId, code, message, details);
    }

    /**
     * KEY-05: identity documents are compared, never kept: the register holds a digest of the entrusting person's
     * document number (upper-cased, blanks removed).
     */
    static String digest(String identityDocument) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    identityDocument.replaceAll("\\s", "").toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
