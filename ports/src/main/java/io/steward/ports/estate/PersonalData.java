package io.steward.ports.estate;

import java.time.LocalDate;
import io.steward.ports.shared.InvalidInput;

/**
 * Personal data of an owner or tenant (EST-08). Views carry it {@link #masked() masked} unless an archivist
 * approved reading it.
 *
 * @param name            full name
 * @param mobile          mobile number
 * @param emergencyMobile EST-04: the emergency mobile number is mandatory in the owner archive
 * @param idNumber        ID document number
 * @param birthday        EST-04: the owner archive takes the owner's birthday (004 §1: 紧急情况之移动通讯联系方式和生日)
 */
public record PersonalData(String name, String mobile, String emergencyMobile, String idNumber, LocalDate birthday) {
    /** The earliest birthday an archive takes. */
    public static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

    public PersonalData {
        if (birthday != null && birthday.isBefore(EARLIEST_BIRTHDAY)) {
            throw new InvalidInput("a birthday is after " + EARLIEST_BIRTHDAY);
        }
        name = required(name, "name");
        idNumber = required(idNumber, "ID number");
        mobile = mobile == null || mobile.isBlank() ? null : mobile.trim();
        emergencyMobile = emergencyMobile == null || emergencyMobile.isBlank() ? null : emergencyMobile.trim();
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(what + " is required");
        }
        return value.trim();
    }

    /** EST-08: masked by default. Keeps the first character of the name and the ends of numbers; no birthday. */
    public PersonalData masked() {
        return new PersonalData(maskName(name), mask(mobile, 3, 4), mask(emergencyMobile, 3, 4), mask(idNumber, 4, 4), null);
    }

    /** EST-08: a name masked for display, e.g. 张** (null stays null). */
    public static String maskName(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
    }

    /**
     * EST-08: free text as a masked view shows it: every run of six or more digits (a phone or ID number typed into a
     * note) masked but its first three and last four.
     */
    public static String maskNumbersIn(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{6,}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, mask(m.group(), 3, 4));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** EST-08: keeps {@code head} and {@code tail} characters of a number and masks the rest. */
    public static String mask(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
