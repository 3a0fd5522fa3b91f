package org.tongban.helpdesk.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.helpdesk.CitizenHelp;
import org.tongban.helpdesk.HelpRating;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.RequestRating;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/helpdesk/my/rate}: the account rates one of its closed requests once (201 with the rating); an
 * open or rated request is a 400 with the reason, another's a 404.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = RateHelpRoute.PATH, anonymous = true)
public final class RateHelpRoute implements ApiRoute {
    static final String PATH = "v1/helpdesk/my/rate";

    private final PublicAccounts accounts;
    private final CitizenHelp help;

    @Activate
    public RateHelpRoute(@Reference PublicAccounts accounts, @Reference CitizenHelp help) {
        this.accounts = accounts;
        this.help = help;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        MobileHelp.Body body = request.body(MobileHelp.Body.class);
        PublicAccount account = MobileHelp.signedIn(accounts, body);
        HelpRequest r = MobileHelp.own(help, account, body);
        HelpRating rating = MobileHelp.parse(HelpRating.class, body.rating(), "helpdesk.ui.api.rating");
        RequestRating given = help.rate(account.id(), r.id(), rating, body.comment());
        return ApiResponse.created(new MobileHelp.Rating(given.rating().name(), given.comment(), given.ratedAt()));
    }

    @Override
    public String openApi() {
        return MobileHelp.OPEN_API;
    }
}
