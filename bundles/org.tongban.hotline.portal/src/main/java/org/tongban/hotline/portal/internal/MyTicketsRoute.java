package org.tongban.hotline.portal.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.CitizenTicket;
import org.tongban.hotline.CitizenTickets;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code POST /api/v1/hotline/my/tickets}: the signed-in citizen's tickets, newest first. */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = MyTicketsRoute.PATH, anonymous = true)
public final class MyTicketsRoute implements ApiRoute {
    static final String PATH = "v1/hotline/my/tickets";

    /** The answer of the list. */
    public record MyTickets(List<CitizenTicket> tickets) {}

    private final PublicAccounts accounts;
    private final CitizenTickets tickets;

    @Activate
    public MyTicketsRoute(@Reference PublicAccounts accounts, @Reference CitizenTickets tickets) {
        this.accounts = accounts;
        this.tickets = tickets;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        TicketRoutes.MyRequest body = request.body(TicketRoutes.MyRequest.class);
        PublicAccount account = TicketRoutes.signedIn(accounts, body.token());
        int limit = body.limit() == null ? 20 : body.limit();
        if (limit < 1 || limit > CitizenTickets.MAX_LIST) {
            throw new ApiException(400, TicketRoutes.message("hotline.portal.error.limit", CitizenTickets.MAX_LIST));
        }
        return ApiResponse.ok(new MyTickets(tickets.tickets(account.id(), limit)));
    }

    @Override
    public String openApi() {
        return TicketRoutes.OPEN_API;
    }
}
