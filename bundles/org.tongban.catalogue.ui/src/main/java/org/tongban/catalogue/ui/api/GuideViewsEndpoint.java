package org.tongban.catalogue.ui.api;

import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.GuideViews;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/matters/{code}/views}: the guide page's script tells that it was opened (the page itself is
 * served from the node's copy, so its rendering cannot count). Anonymous and always 204: a made-up code changes
 * nothing, a repeat from the same address within {@link RepeatViews#WINDOW} is not counted, and a visitor learns
 * nothing from the answer.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = GuideViewsEndpoint.PATH, anonymous = true)
public final class GuideViewsEndpoint implements ApiRoute {
    static final String PATH = "v1/matters/{code}/views";

    private final GuideViews views;
    private final RepeatViews repeats;

    @Activate
    public GuideViewsEndpoint(@Reference GuideViews views) {
        this(views, Clock.systemUTC());
    }

    GuideViewsEndpoint(GuideViews views, Clock clock) {
        this.views = views;
        this.repeats = new RepeatViews(clock);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String code = request.pathParameter("code");
        if (repeats.firstView(AuditLog.remoteAddress(), code)) {
            views.recordView(code);
        }
        return ApiResponse.noContent();
    }

    @Override
    public String openApi() {
        return """
                {"paths": {"/v1/matters/{code}/views": {"post": {
                  "operationId": "recordGuideView",
                  "tags": ["matters"],
                  "summary": "记录一次办事指南浏览",
                  "description": "Tells that a guide page was opened, for the home page's high-frequency matters (热门事项). No body; always 204, also for a code that names no matter. A repeat from the same address within 10 minutes is not counted.",
                  "parameters": [
                    {"name": "code", "in": "path", "required": true, "description": "The matter's code.", "schema": {"type": "string", "maxLength": 64}}
                  ],
                  "responses": {"204": {"description": "Counted, or ignored."}}}}}}
                """;
    }
}
