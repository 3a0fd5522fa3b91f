package org.tongban.intake.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.CaseFiles;
import org.tongban.intake.Channel;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.OnlineApplications;
import org.tongban.intake.OnlineSubmission;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;
import org.tongban.platform.files.SafeDownload;

/**
 * The mobile app's applications (掌上办, the account's bearer secret in the body): {@code POST
 * /api/v1/intake/my/apply} submits the draft's matter or life event with the body's {@code clientKey} (a retry gets the
 * same case), {@code .../supplement} shows a case's 补正 notice, {@code .../supplement/submit} hands the 补正 in,
 * {@code .../supply} supplies a 容缺 material with its file, {@code .../file} downloads a file of the case. A case that
 * is not the account's is 404.
 */
@Component(service = ApiRoute.class)
@HttpRoute(
        method = "POST",
        path = {
            MyApplyRoutes.APPLY,
            MyApplyRoutes.SUPPLEMENT,
            MyApplyRoutes.SUPPLEMENT_SUBMIT,
            MyApplyRoutes.SUPPLY,
            MyApplyRoutes.FILE
        },
        anonymous = true)
public final class MyApplyRoutes implements ApiRoute {
    static final String APPLY = "v1/intake/my/apply";
    static final String SUPPLEMENT = "v1/intake/my/supplement";
    static final String SUPPLEMENT_SUBMIT = "v1/intake/my/supplement/submit";
    static final String SUPPLY = "v1/intake/my/supply";
    static final String FILE = "v1/intake/my/file";

    private final PublicAccounts accounts;
    private final OnlineApplications online;
    private final CaseFiles files;

    @Activate
    public MyApplyRoutes(
            @Reference PublicAccounts accounts, @Reference OnlineApplications online, @Reference CaseFiles files) {
        this.accounts = accounts;
        this.online = online;
        this.files = files;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        OnlineRequest body = request.body(OnlineRequest.class);
        PublicAccount account = MyCasesRoute.signedIn(accounts, body.token());
        long id = account.id();
        String number = body.number() == null ? "" : Jdbc.clip(body.number(), 40);
        try {
            return switch (request.route()) {
                case APPLY -> apply(id, body);
                case SUPPLEMENT ->
                    online.supplementNotice(id, number).map(ApiResponse::ok).orElseThrow(() -> notFound(number));
                case SUPPLEMENT_SUBMIT -> ApiResponse.ok(online.supplement(id, number));
                case SUPPLY ->
                    ApiResponse.ok(
                            online.supplyTolerated(id, number, body.material(), body.fileName(), body.content()));
                default -> {
                    CaseFiles.Download file =
                            files.applicantDownload(id, number, body.fileId() == null ? -1 : body.fileId());
                    yield SafeDownload.of(file.file(), file.content());
                }
            };
        } catch (IntakeException e) {
            if ("intake.error.caseNotFound".equals(e.key())) {
                throw notFound(number);
            }
            throw e;
        }
    }

    private ApiResponse apply(long accountId, OnlineRequest body) {
        OnlineSubmission submission = new OnlineSubmission(body.clientKey(), Channel.MOBILE, body.form());
        if (body.subject().kind() == DraftSubject.Kind.LIFE_EVENT) {
            return ApiResponse.created(online.submitLifeEvent(accountId, submission));
        }
        IntakeCase received = online.submit(accountId, submission);
        return ApiResponse.created(received);
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
