package org.tongban.intake.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeService;
import org.tongban.intake.Submission;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/intake/cases}: a hall's own system (a self-service terminal, a bank outlet receiving for the
 * district) submits an application. The service checks {@code intake:receive} at the receiving jurisdiction and
 * everything else; with an {@code Idempotency-Key} (or the body's {@code clientKey}) a retry gets the same case.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = CaseRoutes.CASES, permission = IntakePermissions.RECEIVE)
public final class ReceiveCaseRoute implements ApiRoute {
    private final IntakeService intake;

    @Activate
    public ReceiveCaseRoute(@Reference IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        IntakeCase received = intake.receive(request.body(Submission.class));
        return ApiResponse.created(received)
                .withHeader("Location", "/api/" + CaseRoutes.CASES + "/" + received.number());
    }

    @Override
    public String openApi() {
        return CaseRoutes.OPEN_API;
    }
}
