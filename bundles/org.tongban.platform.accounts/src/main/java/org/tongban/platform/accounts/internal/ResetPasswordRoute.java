package org.tongban.platform.accounts.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code POST /api/v1/accounts/password}: sets a new password with the reset code; 400 for a wrong code. */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = ResetPasswordRoute.PATH, anonymous = true)
public final class ResetPasswordRoute implements ApiRoute {
    static final String PATH = "v1/accounts/password";

    private final PublicAccounts accounts;

    /**
     * The request body.
     *
     * @param loginName identity number or credit code
     * @param code the six-digit code
     * @param password the new password
     */
    public record ResetPasswordRequest(String loginName, String code, String password) {}

    @Activate
    public ResetPasswordRoute(@Reference PublicAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        ResetPasswordRequest body = request.body(ResetPasswordRequest.class);
        accounts.resetPassword(body.loginName(), body.code(), AccountRoutes.chars(body.password()));
        return ApiResponse.noContent();
    }
}
