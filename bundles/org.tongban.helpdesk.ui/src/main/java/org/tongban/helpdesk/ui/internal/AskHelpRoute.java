package org.tongban.helpdesk.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.helpdesk.CitizenHelp;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.NewRequest;
import org.tongban.helpdesk.Requester;
import org.tongban.helpdesk.RequesterKind;
import org.tongban.helpdesk.Urgency;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/helpdesk/my/ask}: the signed-in citizen or enterprise asks for help from the mobile app (201 with
 * the request, channel {@code MOBILE}); the requester is the account as registered, and the service's refusal of a
 * value is a 400 with its message.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = AskHelpRoute.PATH, anonymous = true)
public final class AskHelpRoute implements ApiRoute {
    static final String PATH = "v1/helpdesk/my/ask";

    private final PublicAccounts accounts;
    private final CitizenHelp help;

    @Activate
    public AskHelpRoute(@Reference PublicAccounts accounts, @Reference CitizenHelp help) {
        this.accounts = accounts;
        this.help = help;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        MobileHelp.Body body = request.body(MobileHelp.Body.class);
        PublicAccount account = MobileHelp.signedIn(accounts, body);
        HelpKind kind = MobileHelp.parse(HelpKind.class, body.kind(), "helpdesk.ui.api.kind");
        String identifier = accounts.identifier(account.id())
                .orElseThrow(() -> new ApiException(401, MobileHelp.message("helpdesk.ui.api.signInAgain")));
        RequesterKind who =
                account.kind() == ApplicantKind.ORGANISATION ? RequesterKind.ENTERPRISE : RequesterKind.PERSON;
        HelpRequest asked = help.ask(
                account.id(),
                new NewRequest(
                        HelpChannel.MOBILE,
                        new Requester(who, account.name(), identifier, null),
                        body.matterCodes(),
                        body.project(),
                        null,
                        kind,
                        Urgency.NORMAL,
                        body.description(),
                        body.jurisdictionCode(),
                        null));
        return ApiResponse.created(MobileHelp.MyRequest.of(asked, null, null));
    }

    @Override
    public String openApi() {
        return MobileHelp.OPEN_API;
    }
}
