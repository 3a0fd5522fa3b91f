package org.tongban.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.json.Json;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.web.ApiErrors;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;

/**
 * Calls an {@link ApiRoute} as the host does after routing and authentication: the path is matched against the
 * route's patterns, and the answer or the refusal it throws becomes the status, headers and JSON the client gets.
 */
public final class ApiCalls {

    private ApiCalls() {}

    /**
     * What the client receives.
     *
     * @param status HTTP status
     * @param contentType content type
     * @param headers the route's extra headers
     * @param bytes body
     */
    public record Reply(int status, String contentType, Map<String, String> headers, byte[] bytes) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return Json.parse(text());
        }
    }

    /** A GET of {@code path} (below {@code /api}, such as {@code v1/matters/X}) with query parameter pairs. */
    public static Reply get(ApiRoute route, String[] patterns, String path, String... parameters) {
        return call(route, patterns, "GET", path, null, null, Locale.SIMPLIFIED_CHINESE, parameters);
    }

    /** A request with a body as the given user, in the given language. */
    public static Reply call(
            ApiRoute route,
            String[] patterns,
            String method,
            String path,
            String body,
            CurrentUser user,
            Locale locale,
            String... parameters) {
        Map<String, String[]> query = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            String[] values = query.get(parameters[i]);
            String[] more = values == null ? new String[1] : java.util.Arrays.copyOf(values, values.length + 1);
            more[more.length - 1] = parameters[i + 1];
            query.put(parameters[i], more);
        }
        for (String pattern : patterns) {
            Map<String, String> pathParameters = match(pattern, path);
            if (pathParameters != null) {
                byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                ApiRequest request = new ApiRequest(method, pattern, pathParameters, query, bytes, user, locale);
                try {
                    return reply(route.handle(request));
                } catch (ApiException e) {
                    Reply error = error(e.status(), e.message(locale));
                    if (e.retryAfterSeconds() > 0) {
                        error.headers().put("Retry-After", Integer.toString(e.retryAfterSeconds()));
                    }
                    return error;
                } catch (AccessDeniedException e) {
                    return error(403, e.getMessage());
                } catch (RuntimeException e) {
                    if (e instanceof Localized localized) {
                        return error(400, localized.message(locale));
                    }
                    throw e;
                }
            }
        }
        return error(404, "没有这个接口：/api/" + path);
    }

    private static Reply reply(ApiResponse response) {
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        if (response.json() != null) {
            return new Reply(response.status(), "application/json;charset=UTF-8", headers, Json.bytes(response.json()));
        }
        return new Reply(
                response.status(),
                response.contentType(),
                headers,
                response.bytes() == null ? new byte[0] : response.bytes());
    }

    private static Reply error(int status, String message) {
        return new Reply(
                status,
                "application/json;charset=UTF-8",
                new LinkedHashMap<>(),
                Json.bytes(ApiErrors.body(status, message)));
    }

    private static Map<String, String> match(String pattern, String path) {
        String[] want = pattern.split("/", -1);
        String[] have = path.replaceAll("^/+|/+$", "").split("/", -1);
        if (want.length != have.length) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}") && !have[i].isEmpty()) {
                parameters.put(want[i].substring(1, want[i].length() - 1), have[i]);
            } else if (!want[i].equals(have[i])) {
                return null;
            }
        }
        return parameters;
    }
}
