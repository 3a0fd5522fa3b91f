package org.tongban.hall.ui.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.Appointments;
import org.tongban.hall.Hall;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.ServedMatter;
import org.tongban.hall.WindowGroup;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code GET /api/v1/hall/halls/{id}}: a hall with its matters and window groups; 404 for an unknown id. */
@Component(service = ApiRoute.class)
@HttpRoute(method = "GET", path = "v1/hall/halls/{id}", anonymous = true)
public final class HallRoute implements ApiRoute {
    /** The answer. */
    public record HallAnswer(Hall hall, List<ServedMatter> matters, List<WindowGroup> groups) {}

    private final HallAdministration halls;
    private final Appointments appointments;

    @Activate
    public HallRoute(@Reference HallAdministration halls, @Reference Appointments appointments) {
        this.halls = halls;
        this.appointments = appointments;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Hall hall = halls.hall(HallRoutes.id(request.pathParameter("id")))
                .orElseThrow(() -> new ApiException(404, HallRoutes.message("hall.ui.error.notFound")));
        return ApiResponse.ok(
                new HallAnswer(hall, appointments.matters(hall.id()), appointments.groupsFor(hall.id(), null)));
    }

    @Override
    public String openApi() {
        return HallRoutes.OPEN_API;
    }
}
