package org.tongban.catalogue.ui.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.Tailoring;
import org.tongban.catalogue.ui.pdf.NoticePdf;
import org.tongban.catalogue.ui.pdf.OneTimeNotices;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code GET /api/v1/life-events/{code}/checklist.pdf?<question>=<option>...}: the life event's tailored list of
 * matters and materials as a PDF to take to the window, with the same answers in the address as the public page.
 * Answers naming an unknown question or option are left out, as on the page; an unknown life event is 404.
 */
@Component(service = ApiRoute.class)
@HttpRoute(path = LifeEventChecklistEndpoint.PATH, anonymous = true)
public final class LifeEventChecklistEndpoint implements ApiRoute {
    static final String PATH = "v1/life-events/{code}/checklist.pdf";
    // All of China keeps Beijing time, whatever zone the server runs in.
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final MatterCatalogue catalogue;

    @Activate
    public LifeEventChecklistEndpoint(@Reference MatterCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String code = request.pathParameter("code");
        try {
            MatterParameters.code("code", code);
        } catch (BadRequest e) {
            throw ApiException.badRequest(e.getMessage());
        }
        LifeEvent event = catalogue.lifeEvent(code).orElseThrow(() -> ApiException.notFound("没有这个“一件事”：" + code));
        Map<String, String> answers = new LinkedHashMap<>();
        for (SituationQuestion question : event.questions()) {
            String[] values = request.parameters().get(question.code());
            String chosen = values == null || values.length == 0 ? null : values[0];
            if (question.options().stream().anyMatch(o -> o.code().equals(chosen))) {
                answers.put(question.code(), chosen);
            }
        }
        Tailoring tailoring = catalogue.tailor(code, answers);
        byte[] pdf =
                NoticePdf.bytes(OneTimeNotices.lifeEvent(event, answers, tailoring.matters(), LocalDate.now(ZONE)));
        return ApiResponse.bytes("application/pdf", pdf)
                .withHeader(
                        "Content-Disposition",
                        "attachment; filename=\"checklist-" + code.replaceAll("[^A-Za-z0-9._-]", "_")
                                + ".pdf\"; filename*=UTF-8''"
                                + URLEncoder.encode(OneTimeNotices.fileName(event), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .withHeader("Cache-Control", "no-store");
    }

    @Override
    public String openApi() {
        return """
                {"paths": {"/v1/life-events/{code}/checklist.pdf": {"get": {
                  "operationId": "lifeEventChecklist",
                  "tags": ["matters"],
                  "summary": "“一件事”的个性化材料清单（PDF）",
                  "description": "The life event's list of matters and materials tailored by the answers to its questions, as a PDF to print for the trip to the window. Each question is a query parameter named by its code whose value is an option's code; unknown questions and options are ignored.",
                  "parameters": [
                    {"name": "code", "in": "path", "required": true, "description": "The life event's code.", "schema": {"type": "string", "maxLength": 64}}
                  ],
                  "responses": {
                    "200": {"description": "The checklist.", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
                    "400": {"description": "The code is malformed."},
                    "404": {"description": "No published life event has this code."}
                  }}}}}
                """;
    }
}
