package org.tongban.platform.accounts.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/accounts/reset-code}: sends a reset code to the account's mobile. Always 204, whether or not
 * the login name exists.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = ResetCodeRoute.PATH, anonymous = true)
public final class ResetCodeRoute implements ApiRoute {
    static final String PATH = "v1/accounts/reset-code";

    private final PublicAccounts accounts;

    /**
     * The request body.
     *
     * @param loginName identity number or credit code
     */
    public record ResetCodeRequest(String loginName) {}

    @Activate
    public ResetCodeRoute(@Reference PublicAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        accounts.requestReset(request.body(ResetCodeRequest.class).loginName());
        return ApiResponse.noContent();
    }
}
