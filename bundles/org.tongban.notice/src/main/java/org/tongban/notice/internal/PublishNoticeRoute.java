package org.tongban.notice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.notice.Notice;
import org.tongban.notice.NoticeService;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/notices}: publishes a notice for a jurisdiction, for the hall's other systems (the hotline, a
 * mobile back end) with an API token. The edge checks {@code notice:edit} somewhere; the service checks it at the
 * jurisdiction and audits. Invalid input is a 400 in the caller's language; send an {@code Idempotency-Key} so that a
 * retry after a lost answer does not publish twice.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = PublishNoticeRoute.PATH, permission = NoticeService.EDIT_PERMISSION)
public final class PublishNoticeRoute implements ApiRoute {
    static final String PATH = "v1/notices";
    private static final String OPEN_API = load("/openapi/notices.json");

    private final NoticeService notices;

    /**
     * The request body.
     *
     * @param jurisdiction GB/T 2260 code the notice is published for
     * @param title headline
     * @param body text
     */
    public record PublishRequest(String jurisdiction, String title, String body) {}

    @Activate
    public PublishNoticeRoute(@Reference NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        PublishRequest publish = request.body(PublishRequest.class);
        Notice notice = notices.publish(publish.jurisdiction(), publish.title(), publish.body());
        return ApiResponse.created(notice).withHeader("Location", "/api/" + PATH + "/" + notice.id());
    }

    @Override
    public String openApi() {
        return OPEN_API;
    }

    private static String load(String resource) {
        try (InputStream in = PublishNoticeRoute.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
