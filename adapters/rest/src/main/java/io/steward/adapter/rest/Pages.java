package io.steward.adapter.rest;

import io.steward.ports.shared.Page;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A page answered with its body ({@code items, page, size, total}) and RFC 8288 {@code next}/{@code prev} links. */
public final class Pages {
    private Pages() {
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.hasNext()) {
            response.links(link(uri, page.page() + 1, page.size(), "next"));
        }
        if (page.page() > 0) {
            response.links(link(uri, page.page() - 1, page.size(), "prev"));
        }
        return response.build();
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size))
                .rel(rel).build();
    }
}
