package io.steward.domain.keys;

import io.steward.ports.estate.PersonalData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** What the key rules compare: identity documents by digest, names as written. */
final class KeyRules {
    private KeyRules() {
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

    /** KEY-03, KEY-04: the person standing at the desk is the one on file: same name, same identity document. */
    static boolean isPerson(PersonalData onFile, String name, String identityDocument) {
        return sameName(onFile.name(), name) && digest(onFile.idNumber()).equals(digest(identityDocument));
    }
}
