package org.tongban.hall.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.Appointments;
import org.tongban.hall.Slot;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code GET /api/v1/hall/groups/{group}/slots?from=&to=}: the open slots of a window group, public. */
@Component(service = ApiRoute.class)
@HttpRoute(method = "GET", path = "v1/hall/groups/{group}/slots", anonymous = true)
public final class SlotsRoute implements ApiRoute {
    /** The answer. */
    public record Slots(List<Slot> slots) {}

    private final Appointments appointments;

    @Activate
    public SlotsRoute(@Reference Appointments appointments) {
        this.appointments = appointments;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        long group = HallRoutes.id(request.pathParameter("group"));
        return ApiResponse.ok(new Slots(appointments.slots(group, date(request, "from"), date(request, "to"))));
    }

    private static LocalDate date(ApiRequest request, String name) {
        String[] values = request.parameters().get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(values[0]);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, HallRoutes.message("hall.ui.error.date", name));
        }
    }

    @Override
    public String openApi() {
        return HallRoutes.OPEN_API;
    }
}
