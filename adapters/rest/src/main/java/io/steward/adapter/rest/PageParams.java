package io.steward.adapter.rest;

import io.steward.ports.shared.PageRequest;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=0&size=50}: zero-based page, 1 to 500 items. Lists answer with a {@link io.steward.ports.shared.Page}. A
 * value that is not a whole number in range is a 400 naming the parameter.
 */
public class PageParams {
    @QueryParam("page")
    private String page;

    @QueryParam("size")
    private String size;

    public PageRequest request() {
        return new PageRequest(Params.integer(page, "page", 0, 0, Integer.MAX_VALUE),
                Params.integer(size, "size", PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }
}
