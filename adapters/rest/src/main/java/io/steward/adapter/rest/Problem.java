package io.steward.adapter.rest;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body. {@code ruleId} names the DOMAIN.md rule that refused (absent when no business
 * rule did); {@code code} is stable and machine-readable; {@code details} carries the data of the refusal;
 * {@code errors} lists the fields that failed validation.
 */
public record Problem(String type, String title, int status, String detail, String instance, String ruleId,
                      String code, Map<String, Object> details, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {
    }
}
