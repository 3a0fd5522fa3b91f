package org.tongban.hotline.portal.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Channel;
import org.tongban.hotline.CitizenTickets;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/hotline/my/file}: the signed-in citizen files a ticket from the mobile app (201 with the ticket);
 * the service's refusal of a value is a 400 with its message.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = FileTicketRoute.PATH, anonymous = true)
public final class FileTicketRoute implements ApiRoute {
    static final String PATH = "v1/hotline/my/file";

    private final PublicAccounts accounts;
    private final CitizenTickets tickets;

    @Activate
    public FileTicketRoute(@Reference PublicAccounts accounts, @Reference CitizenTickets tickets) {
        this.accounts = accounts;
        this.tickets = tickets;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        TicketRoutes.MyRequest body = request.body(TicketRoutes.MyRequest.class);
        PublicAccount account = TicketRoutes.signedIn(accounts, body.token());
        NewTicket ticket = new NewTicket(
                Channel.MOBILE,
                type(body.type()),
                Urgency.NORMAL,
                new Place(body.address(), body.latitude(), body.longitude(), body.jurisdictionCode()),
                new Caller(account.name(), null, Boolean.TRUE.equals(body.confidential())),
                body.description(),
                null);
        return ApiResponse.created(tickets.file(account.id(), ticket));
    }

    private static TicketType type(String given) {
        if (given == null) {
            return null;
        }
        try {
            return TicketType.valueOf(given);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, TicketRoutes.message("hotline.portal.error.type", given));
        }
    }

    @Override
    public String openApi() {
        return TicketRoutes.OPEN_API;
    }
}
