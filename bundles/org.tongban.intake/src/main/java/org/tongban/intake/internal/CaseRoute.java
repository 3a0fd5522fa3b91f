package org.tongban.intake.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code GET /api/v1/intake/cases/{number}}: a case, masked, for a caller who may read it at its receiving or
 * processing jurisdiction; any other number is a 404, so that numbers cannot be probed.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "GET", path = CaseRoutes.CASE, permission = IntakePermissions.READ)
public final class CaseRoute implements ApiRoute {
    private final IntakeQueries queries;

    @Activate
    public CaseRoute(@Reference IntakeQueries queries) {
        this.queries = queries;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String number = request.pathParameter("number");
        return queries.find(number).map(ApiResponse::ok).orElseThrow(() -> ApiException.notFound("办件不存在或无权查看"));
    }

    @Override
    public String openApi() {
        return CaseRoutes.OPEN_API;
    }
}
