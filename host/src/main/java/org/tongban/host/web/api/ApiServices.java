package org.tongban.host.web.api;

import java.util.List;
import java.util.Optional;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.web.IdempotencyStore;

/** The services the API edge uses; each but the routes may be missing while its bundle restarts. */
public interface ApiServices {

    List<ApiRoutes.Entry> routes();

    Optional<Authenticator> authenticator();

    Optional<AccessControl> accessControl();

    Optional<ApiTokens> tokens();

    Optional<IdempotencyStore> idempotency();

    Optional<Transactions> transactions();
}
