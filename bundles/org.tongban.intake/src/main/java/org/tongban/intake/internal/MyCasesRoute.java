package org.tongban.intake.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * The mobile app's 我的办件: {@code POST /api/v1/intake/my/cases} lists the signed-in citizen's cases, {@code .../case}
 * shows one with its documents, {@code .../document} returns a document's signed PDF. The bearer secret of the
 * account sign-in travels in the body (the {@code Authorization} header is for staff API tokens), as for the account's
 * messages.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = MyCasesRoute.PATH, anonymous = true)
public final class MyCasesRoute implements ApiRoute {
    static final String PATH = "v1/intake/my/cases";

    /** The request: the bearer secret and, for one case, its number and a document's id. */
    public record MyRequest(String token, Integer limit, String number, Long documentId) {}

    /** The answer of the list. */
    public record MyCases(List<IntakeCase> cases) {}

    private final PublicAccounts accounts;
    private final CitizenCases citizens;

    @Activate
    public MyCasesRoute(@Reference PublicAccounts accounts, @Reference CitizenCases citizens) {
        this.accounts = accounts;
        this.citizens = citizens;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        MyRequest body = request.body(MyRequest.class);
        PublicAccount account = signedIn(accounts, body.token());
        return ApiResponse.ok(new MyCases(citizens.cases(account.id(), body.limit() == null ? 20 : body.limit())));
    }

    @Override
    public String openApi() {
        return CaseRoutes.OPEN_API;
    }

    static PublicAccount signedIn(PublicAccounts accounts, String token) {
        return accounts.byToken(token)
                .orElseThrow(() -> new ApiException(
                        401, IntakeException.of("intake.error.signInAgain").localizedMessage()));
    }
}
