package org.tongban.host.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.host.web.api.ApiRoutes;
import org.tongban.host.web.api.ApiServices;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.IdempotencyStore;

/** Routes without the security bundle: what the web layer offers while that bundle is away. */
record FixedApiServices(List<ApiRoutes.Entry> routes) implements ApiServices {

    static ApiRoutes.Entry anonymousGet(String path, ApiRoute route) {
        return ApiRoutes.Entry.of(route, Map.of(ApiRoute.PATH, path, ApiRoute.ANONYMOUS, true));
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Optional<AccessControl> accessControl() {
        return Optional.empty();
    }

    @Override
    public Optional<ApiTokens> tokens() {
        return Optional.empty();
    }

    @Override
    public Optional<IdempotencyStore> idempotency() {
        return Optional.empty();
    }

    @Override
    public Optional<Transactions> transactions() {
        return Optional.empty();
    }
}
