package io.steward.adapter.rest;

import io.steward.ports.shared.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=50}: zero-based page, 1 to 500 items. Lists answer with a {@link io.steward.ports.shared.Page}. */
public class PageParams {
    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "page must be 0 or more")
    private int page;

    @QueryParam("size")
    @DefaultValue("" + PageRequest.DEFAULT_SIZE)
    @Min(value = 1, message = "size must be 1 to " + PageRequest.MAX_SIZE)
    @Max(value = PageRequest.MAX_SIZE, message = "size must be 1 to " + PageRequest.MAX_SIZE)
    private int size;

    public PageRequest request() {
        return new PageRequest(page, size);
    }
}
