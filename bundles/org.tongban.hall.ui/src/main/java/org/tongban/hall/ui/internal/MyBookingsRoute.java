package org.tongban.hall.ui.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.Appointments;
import org.tongban.hall.Booking;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code POST /api/v1/hall/my/bookings}: the signed-in citizen's bookings, newest slot first. */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = "v1/hall/my/bookings", anonymous = true)
public final class MyBookingsRoute implements ApiRoute {
    /** The answer. */
    public record MyBookings(List<Booking> bookings, String blockedUntil) {}

    private final PublicAccounts accounts;
    private final Appointments appointments;

    @Activate
    public MyBookingsRoute(@Reference PublicAccounts accounts, @Reference Appointments appointments) {
        this.accounts = accounts;
        this.appointments = appointments;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        HallRoutes.MyRequest body = request.body(HallRoutes.MyRequest.class);
        PublicAccount account = HallRoutes.signedIn(accounts, body.token());
        int limit = body.limit() == null ? 20 : body.limit();
        if (limit < 1 || limit > Appointments.MAX_LIST) {
            throw new ApiException(400, HallRoutes.message("hall.ui.error.limit", Appointments.MAX_LIST));
        }
        return ApiResponse.ok(new MyBookings(
                appointments.bookings(account.id(), limit),
                appointments.blockedUntil(account.id()).map(Object::toString).orElse(null)));
    }

    @Override
    public String openApi() {
        return HallRoutes.OPEN_API;
    }
}
