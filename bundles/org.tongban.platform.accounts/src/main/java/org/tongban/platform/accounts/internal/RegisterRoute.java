package org.tongban.platform.accounts.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code POST /api/v1/accounts}: a mobile app registers a citizen or an enterprise. */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = RegisterRoute.PATH, anonymous = true)
public final class RegisterRoute implements ApiRoute {
    static final String PATH = "v1/accounts";

    private final PublicAccounts accounts;

    /**
     * The request body.
     *
     * @param kind {@code PERSON} or {@code ORGANISATION}
     * @param name real name or registered name
     * @param identifier identity number or unified social credit code
     * @param contactName contact person of an organisation
     * @param mobile mobile number
     * @param password the chosen password
     */
    public record RegisterRequest(
            ApplicantKind kind, String name, String identifier, String contactName, String mobile, String password) {}

    @Activate
    public RegisterRoute(@Reference PublicAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        RegisterRequest body = request.body(RegisterRequest.class);
        PublicAccount account = accounts.register(new Registration(
                body.kind(),
                body.name(),
                body.identifier(),
                body.contactName(),
                body.mobile(),
                AccountRoutes.chars(body.password())));
        return ApiResponse.created(account);
    }

    @Override
    public String openApi() {
        return AccountRoutes.OPEN_API;
    }
}
