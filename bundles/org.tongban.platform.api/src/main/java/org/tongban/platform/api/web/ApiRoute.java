package org.tongban.platform.api.web;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One or more HTTP routes below {@code /api}, registered as a service with {@link HttpRoute} properties:
 *
 * <pre>
 * &#64;Component(service = ApiRoute.class)
 * &#64;HttpRoute(method = "POST", path = "v1/notices", permission = NoticeService.EDIT_PERMISSION)
 * </pre>
 *
 * <p>The host answers before the handler runs: 401 without a valid session or token (unless {@link
 * HttpRoute#anonymous()}), 403 without the permission, 404 for an unknown path, 405 with {@code Allow} for another
 * method, and replays the stored answer for a repeated {@code Idempotency-Key}. The handler still has its services
 * check their own permissions at the jurisdiction; an {@link ApiException}, an {@link
 * org.tongban.platform.api.i18n.Localized} exception (400) or an {@link
 * org.tongban.platform.api.security.AccessDeniedException} (403) becomes a JSON error in the caller's language, and
 * anything else a 500 without a stack trace. A state-changing request runs in one transaction with its stored answer.
 */
@ConsumerType
public interface ApiRoute {

    /** Service property: the HTTP method, {@code GET} by default. */
    String METHOD = "tongban.api.method";

    /** Service property: path patterns below {@code /api}, such as {@code v1/matters/{code}}. */
    String PATH = "tongban.api.path";

    /** Service property: the permission the caller needs anywhere; empty for none. */
    String PERMISSION = "tongban.api.permission";

    /** Service property: {@code true} when the route needs no login. */
    String ANONYMOUS = "tongban.api.anonymous";

    /** Answers a request; may throw {@link ApiException} for an answer other than the normal one. */
    ApiResponse handle(ApiRequest request);

    /**
     * The OpenAPI 3.1 description of this route as JSON text: an object with {@code paths} and, optionally, {@code
     * components}. The host merges all routes into {@code /api/openapi.json}.
     */
    default String openApi() {
        return "{}";
    }
}
