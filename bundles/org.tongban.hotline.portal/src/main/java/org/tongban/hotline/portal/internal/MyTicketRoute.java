package org.tongban.hotline.portal.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.CitizenTickets;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code POST /api/v1/hotline/my/ticket}: one of the citizen's tickets; another's is answered as unknown (404). */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = MyTicketRoute.PATH, anonymous = true)
public final class MyTicketRoute implements ApiRoute {
    static final String PATH = "v1/hotline/my/ticket";

    private final PublicAccounts accounts;
    private final CitizenTickets tickets;

    @Activate
    public MyTicketRoute(@Reference PublicAccounts accounts, @Reference CitizenTickets tickets) {
        this.accounts = accounts;
        this.tickets = tickets;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        TicketRoutes.MyRequest body = request.body(TicketRoutes.MyRequest.class);
        PublicAccount account = TicketRoutes.signedIn(accounts, body.token());
        String number = body.number() == null ? "" : Jdbc.clip(body.number(), 40);
        return tickets.ticket(account.id(), number)
                .map(ApiResponse::ok)
                .orElseThrow(
                        () -> new ApiException(404, TicketRoutes.message("hotline.portal.ticket.notFound", number)));
    }

    @Override
    public String openApi() {
        return TicketRoutes.OPEN_API;
    }
}
