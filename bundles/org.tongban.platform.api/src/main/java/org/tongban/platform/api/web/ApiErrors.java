package org.tongban.platform.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The JSON error answers every endpoint gives: {@code {"status":400,"error":"…"}}, with the message in Chinese. */
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
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json(status, message).getBytes(StandardCharsets.UTF_8));
    }

    static String json(int status, String message) {
        StringBuilder out = new StringBuilder("{\"status\":").append(status).append(",\"error\":\"");
        for (char c : message.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append("\"}").toString();
    }
}
