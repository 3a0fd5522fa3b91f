package org.tongban.helpdesk.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.helpdesk.CitizenHelp;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/helpdesk/my/request}: one of the account's requests with its steps and rating; another's, or an
 * unknown one, is a 404.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = MyHelpRoute.PATH, anonymous = true)
public final class MyHelpRoute implements ApiRoute {
    static final String PATH = "v1/helpdesk/my/request";

    private final PublicAccounts accounts;
    private final CitizenHelp help;

    @Activate
    public MyHelpRoute(@Reference PublicAccounts accounts, @Reference CitizenHelp help) {
        this.accounts = accounts;
        this.help = help;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        MobileHelp.Body body = request.body(MobileHelp.Body.class);
        PublicAccount account = MobileHelp.signedIn(accounts, body);
        HelpRequest r = MobileHelp.own(help, account, body);
        return ApiResponse.ok(MobileHelp.MyRequest.of(
                r,
                help.timeline(account.id(), r.id()),
                help.rating(account.id(), r.id()).orElse(null)));
    }

    @Override
    public String openApi() {
        return MobileHelp.OPEN_API;
    }
}
