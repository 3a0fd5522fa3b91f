package org.tongban.hall.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.Appointments;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code POST /api/v1/hall/my/cancel}: the signed-in citizen cancels a booking ({@code token}, {@code code}). */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = "v1/hall/my/cancel", anonymous = true)
public final class CancelRoute implements ApiRoute {
    private final PublicAccounts accounts;
    private final Appointments appointments;

    @Activate
    public CancelRoute(@Reference PublicAccounts accounts, @Reference Appointments appointments) {
        this.accounts = accounts;
        this.appointments = appointments;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        HallRoutes.MyRequest body = request.body(HallRoutes.MyRequest.class);
        PublicAccount account = HallRoutes.signedIn(accounts, body.token());
        return ApiResponse.ok(appointments.cancel(account.id(), body.code()));
    }

    @Override
    public String openApi() {
        return HallRoutes.OPEN_API;
    }
}
