package org.tongban.platform.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tongban.platform.api.json.Json;

/** The JSON error answers of the API and {@code /health}: {@code {"status":400,"error":"…"}}. */
public final class ApiErrors {

    private ApiErrors() {}

    /** Answers 400 with a message that says what is wrong with the request. */
    public static void badRequest(HttpServletResponse response, String message) throws IOException {
        write(response, 400, message);
    }

    /** Answers 404 with a message naming what was not found. */
    public static void notFound(HttpServletResponse response, String message) throws IOException {
        write(response, 404, message);
    }

    /** Writes a JSON error answer with this status. */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = Json.bytes(body(status, message));
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The error body. */
    public static Object body(int status, String message) {
        return Json.object().put("status", status).put("error", message);
    }
}
