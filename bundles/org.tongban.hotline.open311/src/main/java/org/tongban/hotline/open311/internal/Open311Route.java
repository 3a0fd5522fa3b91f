package org.tongban.hotline.open311.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.hotline.Category;
import org.tongban.hotline.PublicHotline;
import org.tongban.hotline.PublicTicket;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * The reading side of GeoReport v2, without login: {@code discovery}, {@code services}, {@code services/{code}},
 * {@code requests}, {@code requests/{id}} and {@code tokens/{id}}, each as {@code .xml} or {@code .json}. Served below
 * the host's {@code /api/} (so {@code /api/open311/v2/services.xml}); the discovery document names that endpoint.
 * Every refusal is in the spec's error format, never the host's JSON error.
 */
@Component(service = ApiRoute.class)
@HttpRoute(
        path = {Open311Route.ROOT, Open311Route.SERVICE, Open311Route.REQUEST, Open311Route.TOKEN},
        anonymous = true)
public final class Open311Route implements ApiRoute {
    static final String ROOT = "open311/v2/{resource}";
    static final String SERVICE = "open311/v2/services/{code}";
    static final String REQUEST = "open311/v2/requests/{id}";
    static final String TOKEN = "open311/v2/tokens/{id}";
    private static final Logger LOG = LoggerFactory.getLogger(Open311Route.class);

    private final PublicHotline hotline;
    private final Clock clock;

    @Activate
    public Open311Route(@Reference PublicHotline hotline) {
        this(hotline, Clock.systemUTC());
    }

    Open311Route(PublicHotline hotline, Clock clock) {
        this.hotline = hotline;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String segment = last(request);
        Format format = Format.of(segment);
        try {
            if (format == null) {
                // Every resource of the spec ends in .xml or .json: without one there is no such resource. The client
                // named no format either, so the error is in the JSON form, as the rest of the API answers.
                throw new Open311Error(404, Documents.text(request.locale(), "open311.format", clip(segment)));
            }
            String name = Format.strip(segment);
            return switch (request.route()) {
                case ROOT -> root(request, format, name);
                case SERVICE -> definition(request, format, name);
                case REQUEST -> request(request, format, name);
                default -> token(request, format, name);
            };
        } catch (Open311Error e) {
            return e.answer(format == null ? Format.JSON : format);
        } catch (RuntimeException e) {
            LOG.error("Open311 {} failed", request.route(), e);
            return new Open311Error(500, "Internal error").answer(format == null ? Format.JSON : format);
        }
    }

    private ApiResponse root(ApiRequest request, Format format, String name) {
        return switch (name) {
            case "discovery" -> format.answer(200, "discovery", null, Documents.discovery());
            case "services" -> services(format);
            case "requests" -> {
                List<PublicTicket> found =
                        hotline.tickets(new RequestQuery(request, clock.instant()).filter(), PublicHotline.MAX_TICKETS);
                yield format.answer(
                        200,
                        "service_requests",
                        "request",
                        found.stream().map(Documents::request).toList());
            }
            default -> throw notFound(request, name);
        };
    }

    private ApiResponse services(Format format) {
        List<Category> categories = hotline.publicCategories();
        Map<String, String> names = new HashMap<>();
        categories.forEach(k -> names.put(k.code(), k.name()));
        return format.answer(
                200,
                "services",
                "service",
                categories.stream().map(k -> Documents.service(k, names)).toList());
    }

    private ApiResponse definition(ApiRequest request, Format format, String code) {
        Category category = hotline.publicCategories().stream()
                .filter(k -> k.code().equals(code))
                .findFirst()
                .orElseThrow(() ->
                        new Open311Error(404, Documents.text(request.locale(), "open311.serviceNotFound", clip(code))));
        return format.answer(200, "service_definition", null, Documents.definition(category));
    }

    private ApiResponse request(ApiRequest request, Format format, String id) {
        PublicTicket ticket = hotline.ticket(id)
                .orElseThrow(() ->
                        new Open311Error(404, Documents.text(request.locale(), "open311.requestNotFound", clip(id))));
        return format.answer(200, "service_requests", "request", List.of(Documents.request(ticket)));
    }

    /** Requests are created at once, so a token is the request's own id: it answers with itself once it exists. */
    private ApiResponse token(ApiRequest request, Format format, String id) {
        if (hotline.ticket(id).isEmpty()) {
            throw new Open311Error(404, Documents.text(request.locale(), "open311.tokenNotFound", clip(id)));
        }
        return format.answer(200, "service_requests", "request", List.of(Documents.token(id)));
    }

    private static Open311Error notFound(ApiRequest request, String name) {
        return new Open311Error(404, Documents.text(request.locale(), "open311.notFound", clip(name)));
    }

    static String last(ApiRequest request) {
        String[] names = {"resource", "code", "id"};
        for (String n : names) {
            String v = request.pathParameters().get(n);
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    static String clip(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    @Override
    public String openApi() {
        return OpenApi.GET;
    }
}
