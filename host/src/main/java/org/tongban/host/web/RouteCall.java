package org.tongban.host.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.tongban.host.web.api.Answer;
import org.tongban.host.web.api.ApiOrigins;
import org.tongban.host.web.api.ApiRoutes;
import org.tongban.host.web.api.ApiServices;
import org.tongban.host.web.api.Caller;
import org.tongban.host.web.api.Idempotency;
import org.tongban.platform.api.persistence.DataAccessException;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.IdempotencyStore;
import org.tongban.platform.api.web.IdempotencyStore.StoredAnswer;

/**
 * One request to a matched route: who calls (an API token in {@code Authorization: Bearer}, else the console's session
 * cookie), the same-origin check for changes made with the cookie, the route's permission, the body, and the {@code
 * Idempotency-Key}: a request with a key runs in one transaction with its kept answer, and a retry gets that answer.
 */
final class RouteCall {
    /** Largest request body accepted. */
    static final int MAX_BODY = 1024 * 1024;

    private final ApiServices services;
    private final Clock clock;
    private final HttpServletRequest request;
    private final ApiRoutes.Match match;
    private final Locale locale;

    RouteCall(ApiServices services, Clock clock, HttpServletRequest request, ApiRoutes.Match match, Locale locale) {
        this.services = services;
        this.clock = clock;
        this.request = request;
        this.match = match;
        this.locale = locale;
    }

    Answer answer() {
        String method = match.entry().method();
        boolean changes = !method.equals("GET");
        Caller caller = caller();
        if (caller.anonymous() && !match.entry().anonymous()) {
            throw new ApiException(401, ApiServlet.text(locale, "api.unauthenticated"));
        }
        if (caller.viaCookie() && changes && !ApiOrigins.sameOrigin(request)) {
            throw new ApiException(403, ApiServlet.text(locale, "api.crossSite"));
        }
        Optional<Authenticator> authenticator = services.authenticator();
        authenticator.ifPresent(a -> a.bind(caller.session()));
        AuditLog.setRemoteAddress(request.getRemoteAddr());
        try {
            Optional<CurrentUser> user = caller.anonymous()
                    ? Optional.empty()
                    : services.accessControl().flatMap(AccessControl::currentUser);
            String permission = match.entry().permission();
            if (!permission.isEmpty()
                    && !services.accessControl()
                            .map(ac -> ac.isPermitted(permission))
                            .orElse(false)) {
                throw new ApiException(403, ApiServlet.text(locale, "api.forbidden", permission));
            }
            byte[] body = body();
            ApiRequest apiRequest = new ApiRequest(
                    method,
                    match.pattern(),
                    match.parameters(),
                    request.getParameterMap(),
                    body,
                    user.orElse(null),
                    locale);
            String key = request.getHeader(Idempotency.HEADER);
            if (key != null && Idempotency.METHODS.contains(method)) {
                if (user.isEmpty()) {
                    // Anonymous callers have no account to scope keys by: one caller's key would replay another's
                    // answer (and could be used to read it), so the key is refused rather than shared.
                    throw new ApiException(400, ApiServlet.text(locale, "api.keyAnonymous"));
                }
                return idempotent(key, user.get().username(), apiRequest);
            }
            return Answer.of(match.entry().route().handle(apiRequest));
        } finally {
            AuditLog.clearRemoteAddress();
            authenticator.ifPresent(a -> a.bind(null));
        }
    }

    /** The caller: a token wins over the cookie; a token that does not work is refused rather than ignored. */
    private Caller caller() {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            String secret = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? authorization.substring(7).trim()
                    : null;
            Optional<Object> session =
                    secret == null ? Optional.empty() : services.tokens().flatMap(t -> t.authenticate(secret));
            return new Caller(
                    session.orElseThrow(() -> new ApiException(401, ApiServlet.text(locale, "api.badToken"))), false);
        }
        SessionLogin login = SessionPermissions.login(request);
        if (login == null || login.mustChangePassword()) {
            return Caller.ANONYMOUS;
        }
        return new Caller(login.token(), true);
    }

    private byte[] body() {
        try {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new ApiException(413, ApiServlet.text(locale, "api.tooLarge", MAX_BODY));
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer idempotent(String key, String account, ApiRequest apiRequest) {
        if (!Idempotency.validKey(key)) {
            throw new ApiException(400, ApiServlet.text(locale, "api.badKey"));
        }
        Optional<IdempotencyStore> store = services.idempotency();
        Optional<Transactions> transactions = services.transactions();
        if (store.isEmpty() || transactions.isEmpty()) {
            throw ApiException.unavailable(ApiServlet.text(locale, "api.keyUnavailable"), 10);
        }
        String route = apiRequest.method() + " " + apiRequest.route();
        String hash = Idempotency.requestHash(
                apiRequest.method(), request.getRequestURI(), request.getQueryString(), apiRequest.body());
        Optional<StoredAnswer> kept = store.get().find(key, account, route);
        if (kept.isPresent()) {
            return replay(kept.get(), hash);
        }
        try {
            // The change and its kept answer commit together: a retry after a lost answer finds it, never a half.
            return transactions.get().required(c -> {
                Answer answer = Answer.of(match.entry().route().handle(apiRequest));
                store.get().keep(key, account, route, answer.stored(hash, clock.instant()));
                return answer;
            });
        } catch (DataAccessException e) {
            // A concurrent request with the same key committed first: this one rolled back, and answers as a retry.
            return store.get()
                    .find(key, account, route)
                    .map(k -> replay(k, hash))
                    .orElseThrow(() -> e);
        }
    }

    private Answer replay(StoredAnswer kept, String hash) {
        if (!kept.requestHash().equals(hash)) {
            throw new ApiException(422, ApiServlet.text(locale, "api.keyReused"));
        }
        return Answer.replay(kept);
    }
}
