package io.steward.adapter.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Validation failures as problem details. A mapper of its own because Jakarta REST runtimes ship a mapper for
 * {@code ValidationException}, which is closer to the failure than {@link ProblemMapper}'s {@code Throwable}.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException failure) {
        return ProblemMapper.response(failure);
    }
}
