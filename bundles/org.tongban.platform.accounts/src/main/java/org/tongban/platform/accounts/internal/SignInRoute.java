package org.tongban.platform.accounts.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.SignIn;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/accounts/session}: a mobile app signs a citizen in and gets a bearer secret for the account's
 * routes. Wrong name or password is a 401, a lock a 429, and both count towards the lock of the client's address.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = SignInRoute.PATH, anonymous = true)
public final class SignInRoute implements ApiRoute {
    static final String PATH = "v1/accounts/session";

    private final PublicAccounts accounts;

    /**
     * The request body.
     *
     * @param loginName identity number or credit code
     * @param password the password
     */
    public record SignInRequest(String loginName, String password) {}

    @Activate
    public SignInRoute(@Reference PublicAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        SignInRequest body = request.body(SignInRequest.class);
        String address = AuditLog.remoteAddress();
        SignIn signIn = accounts.signInForApi(body.loginName(), AccountRoutes.chars(body.password()), address);
        if (signIn.outcome() == SignIn.Outcome.LOCKED) {
            throw AccountRoutes.locked(signIn.lockedUntil());
        }
        if (!signIn.signedIn()) {
            throw AccountRoutes.refused();
        }
        return ApiResponse.created(signIn.session());
    }
}
