package org.tongban.intake.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeException;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/intake/my/case}: one of the signed-in citizen's cases with its documents; with {@code
 * documentId}, that document's signed PDF. Another applicant's case is answered as unknown (404).
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = MyCaseRoute.PATH, anonymous = true)
public final class MyCaseRoute implements ApiRoute {
    static final String PATH = "v1/intake/my/case";

    private final PublicAccounts accounts;
    private final CitizenCases citizens;

    @Activate
    public MyCaseRoute(@Reference PublicAccounts accounts, @Reference CitizenCases citizens) {
        this.accounts = accounts;
        this.citizens = citizens;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        MyCasesRoute.MyRequest body = request.body(MyCasesRoute.MyRequest.class);
        PublicAccount account = MyCasesRoute.signedIn(accounts, body.token());
        String number = body.number() == null ? "" : Jdbc.clip(body.number(), 40);
        if (body.documentId() != null) {
            try {
                return ApiResponse.bytes("application/pdf", citizens.document(account.id(), number, body.documentId()))
                        .withHeader("Content-Disposition", "attachment; filename=\"" + body.documentId() + ".pdf\"");
            } catch (IntakeException e) {
                throw notFound(number);
            }
        }
        return citizens.find(account.id(), number).map(ApiResponse::ok).orElseThrow(() -> notFound(number));
    }

    private static ApiException notFound(String number) {
        return new ApiException(
                404, IntakeException.of("intake.error.caseNotFound", number).localizedMessage());
    }

    @Override
    public String openApi() {
        return CaseRoutes.OPEN_API;
    }
}
