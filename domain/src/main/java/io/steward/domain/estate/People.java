package io.steward.domain.estate;

import io.steward.ports.estate.PersonalData;
import java.util.Locale;

/** How the estate desk compares the people it knows with the people in front of it: names as written, documents whole. */
final class People {
    private People() {
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    static String document(String number) {
        return number == null ? null : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** The person on file is the one named, with the identity document shown. */
    static boolean isPerson(PersonalData onFile, String name, String identityDocument) {
        return sameName(onFile.name(), name) && document(onFile.idNumber()).equals(document(identityDocument));
    }
}
