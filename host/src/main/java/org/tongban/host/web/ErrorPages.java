package org.tongban.host.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.tongban.platform.api.json.Json;
import org.tongban.platform.api.web.ApiErrors;

/**
 * The error pages Jetty itself answers with (a URI it cannot parse, a file the theme servlet does not have): a short
 * Chinese message, JSON below {@code /api} and {@code /health}, with the {@link SecurityHeaders} and without naming
 * the server or its version.
 */
final class ErrorPages {

    /** The target Jetty gives a request whose request line it could not parse. */
    static final String BAD_MESSAGE = "/badMessage";

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "请求无效",
            403, "无权访问",
            404, "页面不存在",
            405, "不支持此请求方法",
            414, "请求地址过长",
            431, "请求头过大",
            505, "不支持此 HTTP 版本",
            500, "服务器内部错误，请稍后再试",
            503, "服务暂时不可用，请稍后再试");

    private ErrorPages() {}

    static String message(int status) {
        return MESSAGES.getOrDefault(status, status >= 500 ? MESSAGES.get(500) : MESSAGES.get(400));
    }

    static String html(int status) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + status + " "
                + message(status) + "</title></head><body><h1>" + message(status) + "</h1><p><a href=\"/\">返回首页</a></p>"
                + "</body></html>";
    }

    static String json(int status) {
        return Json.text(ApiErrors.body(status, message(status)));
    }

    static boolean wantsJson(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api") || path.equals("/health"));
    }

    /**
     * The path the request asked for. Jetty answers a request line it cannot parse (an undecodable escape or a
     * control character in the path, a URI too long) with the placeholder target {@value #BAD_MESSAGE}; then the target
     * as the client wrote it decides, so that a client of the API still gets the API's JSON.
     */
    static String path(Request request) {
        String path = null;
        try {
            path = Request.getPathInContext(request);
        } catch (RuntimeException e) {
            // Not decodable: the request line decides below.
        }
        if (path == null || path.isEmpty() || path.equals(BAD_MESSAGE)) {
            String target = RequestLineConnectionFactory.target(
                    request.getConnectionMetaData().getConnection());
            int query = target.indexOf('?');
            path = query < 0 ? target : target.substring(0, query);
        }
        return path;
    }

    /** Writes the error page for {@code status} through Jetty's core API. */
    static void writePage(Request request, Response response, Callback callback, int status) {
        String path = path(request);
        // A request refused before its address could be read at all (neither Jetty nor the kept request line has
        // it) is answered with the API's JSON: only programs send requests a browser cannot, and they parse JSON.
        boolean json = wantsJson(path) || (path.isEmpty() && status >= 400 && status < 500);
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.apply(headers, request.isSecure());
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONTENT_TYPE, json ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
        response.setStatus(status);
        String body = json ? json(status) : html(status);
        Content.Sink.write(response, true, body, callback);
    }

    /** The body of an answer to a request Jetty could not even parse; the headers get the security headers. */
    static ByteBuffer badMessage(int status, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields, false);
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain;charset=UTF-8");
        int code = HttpStatus.isClientError(status) || HttpStatus.isServerError(status) ? status : 400;
        return ByteBuffer.wrap((code + " " + message(code)).getBytes(StandardCharsets.UTF_8));
    }

    /** Jetty's core error handler, for the server (outside the web application). */
    static final class ServerHandler extends org.eclipse.jetty.server.handler.ErrorHandler {
        @Override
        protected boolean generateAcceptableResponse(
                Request request,
                Response response,
                Callback callback,
                String contentType,
                List<java.nio.charset.Charset> charsets,
                int code,
                String message,
                Throwable cause) {
            writePage(request, response, callback, code);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            return badMessage(status, fields);
        }
    }

    /** The web application's error handler (errors sent by servlets, and errors while dispatching). */
    static final class ContextHandler extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        @Override
        protected boolean generateAcceptableResponse(
                Request request,
                Response response,
                Callback callback,
                String contentType,
                List<java.nio.charset.Charset> charsets,
                int code,
                String message,
                Throwable cause) {
            writePage(request, response, callback, code);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            return badMessage(status, fields);
        }
    }
}
