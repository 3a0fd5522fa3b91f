package org.tongban.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A JSON endpoint that a bundle adds below {@code /api}, for mobile and WeChat front ends. Register an implementation
 * as an OSGi service; the host routes every request whose path starts with {@link #path()} to it while the service
 * exists, and publishes the endpoint's {@link #openApi() description} at {@code /api/openapi.json}.
 *
 * <p>The endpoint answers bad parameters itself with {@link ApiErrors#badRequest}; anything it throws becomes a JSON
 * 500 answer without a stack trace, and is logged.
 */
@ConsumerType
public interface ApiEndpoint {

    /** Path below {@code /api} without leading slash, for example {@code v1/matters}; it covers its sub-paths too. */
    String path();

    /** Serves a GET request; {@code subPath} is the rest after {@link #path()}, empty or starting with {@code /}. */
    void get(String subPath, HttpServletRequest request, HttpServletResponse response) throws IOException;

    /**
     * The OpenAPI 3.1 description of this endpoint as JSON text: an object with {@code paths} and, optionally,
     * {@code components}. The host merges all endpoints into one document.
     */
    String openApi();
}
