package org.tongban.helpdesk.ui.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.helpdesk.CitizenHelp;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code POST /api/v1/helpdesk/my/requests}: the account's requests, newest first, without their steps. */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = MyHelpListRoute.PATH, anonymous = true)
public final class MyHelpListRoute implements ApiRoute {
    static final String PATH = "v1/helpdesk/my/requests";

    /** The list's answer. */
    record Mine(List<MobileHelp.MyRequest> requests) {}

    private final PublicAccounts accounts;
    private final CitizenHelp help;

    @Activate
    public MyHelpListRoute(@Reference PublicAccounts accounts, @Reference CitizenHelp help) {
        this.accounts = accounts;
        this.help = help;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        PublicAccount account = MobileHelp.signedIn(accounts, request.body(MobileHelp.Body.class));
        return ApiResponse.ok(new Mine(help.mine(account.id()).stream()
                .map(r -> MobileHelp.MyRequest.of(r, null, null))
                .toList()));
    }

    @Override
    public String openApi() {
        return MobileHelp.OPEN_API;
    }
}
