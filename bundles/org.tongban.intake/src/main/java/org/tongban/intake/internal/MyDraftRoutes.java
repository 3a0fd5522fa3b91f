package org.tongban.intake.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.Draft;
import org.tongban.intake.IntakeException;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * The mobile app's drafts and uploads (the account's bearer secret in the body, as for 我的办件): {@code POST
 * /api/v1/intake/my/drafts} lists them, {@code .../draft} reads one, {@code .../draft/save} saves the form, {@code
 * .../draft/delete} deletes it, {@code .../upload} stores a file (Base64) for a material or a 补正 item, {@code
 * .../upload/delete} takes one out again. Another account's draft does not exist (404).
 */
@Component(service = ApiRoute.class)
@HttpRoute(
        method = "POST",
        path = {
            MyDraftRoutes.DRAFTS,
            MyDraftRoutes.DRAFT,
            MyDraftRoutes.SAVE,
            MyDraftRoutes.DELETE,
            MyDraftRoutes.UPLOAD,
            MyDraftRoutes.UPLOAD_DELETE
        },
        anonymous = true)
public final class MyDraftRoutes implements ApiRoute {
    static final String DRAFTS = "v1/intake/my/drafts";
    static final String DRAFT = "v1/intake/my/draft";
    static final String SAVE = "v1/intake/my/draft/save";
    static final String DELETE = "v1/intake/my/draft/delete";
    static final String UPLOAD = "v1/intake/my/upload";
    static final String UPLOAD_DELETE = "v1/intake/my/upload/delete";

    /** The answer of the list. */
    public record MyDrafts(List<Draft> drafts) {}

    private final PublicAccounts accounts;
    private final OnlineApplications online;

    @Activate
    public MyDraftRoutes(@Reference PublicAccounts accounts, @Reference OnlineApplications online) {
        this.accounts = accounts;
        this.online = online;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        OnlineRequest body = request.body(OnlineRequest.class);
        PublicAccount account = MyCasesRoute.signedIn(accounts, body.token());
        long id = account.id();
        return switch (request.route()) {
            case DRAFTS -> ApiResponse.ok(new MyDrafts(online.drafts(id)));
            case DRAFT ->
                online.draft(id, body.subject())
                        .map(ApiResponse::ok)
                        .orElseThrow(() -> new ApiException(
                                404,
                                IntakeException.of("intake.error.draftNotFound").localizedMessage()));
            case SAVE -> ApiResponse.ok(online.saveDraft(id, body.form()));
            case DELETE -> {
                online.deleteDraft(id, body.subject());
                yield ApiResponse.noContent();
            }
            case UPLOAD ->
                ApiResponse.created(
                        online.upload(id, body.subject(), body.material(), body.fileName(), body.content()));
            default -> {
                online.removeUpload(id, body.subject(), body.fileId() == null ? -1 : body.fileId());
                yield ApiResponse.noContent();
            }
        };
    }

    @Override
    public String openApi() {
        return CaseRoutes.OPEN_API;
    }
}
