package io.steward.app;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The container's own errors as RFC 9457 problems, like the API's: a 401 from the security constraint (its
 * {@code WWW-Authenticate} challenge kept), a path no application serves, a method or a media type the container
 * refuses, a malformed request. {@code web.xml} sends every such status here as its error page; what the API itself
 * answers never comes here (its problems are written by the REST adapter).
 */
@WebServlet(ContainerProblems.PATH)
public class ContainerProblems extends HttpServlet {
    static final String PATH = "/container-problem";
    private static final long serialVersionUID = 1L;
    private static final Map<Integer, String> TITLES = Map.of(
            400, "The request cannot be read", 401, "Authentication required", 403, "Forbidden", 404, "Not found",
            405, "Method not allowed", 406, "Not acceptable", 413, "The request is too large", 414, "The URL is too long",
            415, "Unsupported media type", 500, "Internal error");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        String title = TITLES.getOrDefault(status, status >= 500 ? "Internal error" : "The request was refused");
        String detail = switch (status) {
            case 401 -> "sign in: basic authentication with the demo users, or a bearer token in production";
            case 404 -> "no resource at this path";
            case 405 -> "this resource does not take this method";
            case 415 -> "the body is JSON: Content-Type application/json";
            case 500 -> "the request failed";
            default -> "the request was refused before it reached Steward";
        };
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank").add("title", title).add("status", status).add("detail", detail)
                .add("code", "http-" + status).build().toString());
    }
}
