package org.tongban.platform.api.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tongban.platform.api.json.Json;
import org.tongban.platform.api.json.JsonException;
import org.tongban.platform.api.security.CurrentUser;

/**
 * A request as a route sees it.
 *
 * @param method the HTTP method
 * @param route the pattern that matched, such as {@code v1/matters/{code}}
 * @param pathParameters the values of the pattern's {@code {name}} segments, decoded
 * @param parameters the query parameters
 * @param body the request body, empty for none
 * @param user the authenticated caller, or {@code null} on an anonymous route without a login
 * @param locale the caller's language (zh-CN, zh-TW or en) for messages
 */
public record ApiRequest(
        String method,
        String route,
        Map<String, String> pathParameters,
        Map<String, String[]> parameters,
        byte[] body,
        CurrentUser user,
        Locale locale) {

    public ApiRequest {
        pathParameters = Map.copyOf(pathParameters);
        parameters = Map.copyOf(parameters);
        body = body == null ? new byte[0] : body;
    }

    /** The value of a {@code {name}} segment of the route. */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route " + route + " has no parameter " + name);
        }
        return value;
    }

    /** The caller, when logged in or authenticated by a token. */
    public Optional<CurrentUser> currentUser() {
        return Optional.ofNullable(user);
    }

    /**
     * The JSON body read as this type (a record, say).
     *
     * @throws ApiException 400 when the body is missing, not JSON or not of that shape, naming the field
     */
    public <T> T body(Class<T> type) {
        if (body.length == 0) {
            throw ApiException.badRequest("请求体不能为空，应为 JSON");
        }
        try {
            return Json.read(body, type);
        } catch (JsonException e) {
            // Jackson's own text names Java types: the client only learns which field is wrong.
            throw ApiException.badRequest(e.field() == null ? "请求体不是有效的 JSON" : "请求体的字段 " + e.field() + " 缺失、多余或类型不对");
        }
    }
}
